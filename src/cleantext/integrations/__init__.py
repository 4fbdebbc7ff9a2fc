"""Adapters to data-processing engines. Each is an optional extra, imported only when used:

* :mod:`cleantext.integrations.datatrove` — a datatrove pipeline step
  (``pip install 'cleantext-zh[datatrove]'``).
"""
