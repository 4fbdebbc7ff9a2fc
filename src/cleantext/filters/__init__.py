"""Filter families: :mod:`.normalize`, :mod:`.spam` (and more as they come).

Every filter is a small class with a ``name`` and one method, ``__call__(doc)``.
"""
