"""Domain exceptions. Each message is one line a user can act on."""


class ReconcileError(Exception):
    """Base class for errors the CLI reports as one line."""


class StoryError(ReconcileError):
    """A story folder or its manifest is unusable (exit code 2 when it is a manifest problem)."""


class StoryErrors(StoryError):
    """Several story folders or manifests are unusable; the CLI prints `problems` one line each.

    As a string it is the first problem and how many more there are (still one line)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        more = len(problems) - 1
        super().__init__(problems[0] + (f" (and {more} more story error{'s' if more > 1 else ''})" if more else ""))


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
