"""casemgr's shipped resources (forms, demo data), installed as the package
`casemgr.resources` (setup.py maps this folder to it); read them through casemgr.paths."""
