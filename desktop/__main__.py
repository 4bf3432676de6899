"""`python -m desktop`: the GUI without arguments, the command line with a subcommand."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
