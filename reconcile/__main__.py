import sys

from .cli import main

# The guard matters: worker processes started with multiprocessing's spawn (a local Dask cluster,
# `reconcile run --workers N`) import this module again, as __mp_main__, and must not run the CLI.
if __name__ == "__main__":
    sys.exit(main())
