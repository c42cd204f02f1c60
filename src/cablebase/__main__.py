"""`python -m cablebase`: the same as the `cablebase` command."""

from cablebase.cli import main

raise SystemExit(main())
