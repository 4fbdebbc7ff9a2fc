"""A learned line classifier for the lines the chrome and meta rules leave undecided.

:mod:`.features` describes a line in its page (one function for training and inference),
:mod:`.model` loads the JSON weights and scores (no scikit-learn), :mod:`.train` fits them
(``cleantext train-lines``, scikit-learn). The pipeline step is
:class:`cleantext.filters.linemodel.LineModel`.
"""
