"""`python -m casemgr`: the same as the `casemgr` command."""

import sys

from casemgr.cli import main

sys.exit(main())
