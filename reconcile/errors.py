"""Domain exceptions. Each message is one line a user can act on."""


class ReconcileError(Exception):
    """Base class for errors the CLI reports as one line."""


class StoryError(ReconcileError):
    """A story folder or its manifest is unusable (exit code 2 when it is a manifest problem)."""


class ArticleError(ReconcileError):
    """One article could not be read or extracted; the rest of the story goes on."""


class ModelError(ReconcileError):
    """The embedding model cannot be loaded or does not match the warehouse."""


class WarehouseError(ReconcileError):
    """The warehouse file is unusable."""


class WarehouseBusy(WarehouseError):
    """Another process held the warehouse lock for longer than the bounded wait."""


class CalibrationError(ReconcileError):
    """reconcile/calibration.json is missing or unusable (no silent fallback to default thresholds)."""


class SettingsError(ReconcileError):
    """A setting's value (flag, RECONCILE_* variable or config file) is unusable (exit code 2)."""
