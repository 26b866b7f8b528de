"""Demo data and the demo launcher: synthetic families (`synthetic`), seeded through the real
Casework use cases (`seed`), and the local server child process of `casemgr --demo`
(`launcher`). Imports app, domain, sync and db; never Qt, the UI or the server package (the
server is run through its command line). Only the entry points (casemgr/cli.py,
casemgr/ui/main.py), bench/, scripts/ and tests import it."""
