"""reconcile: align several outlets' versions of one news story into credited claims."""

__version__ = "0.1.0"
