"""What pyproject.toml cannot say on its own: resources/ (at the top of the tree, where the
project's layout keeps the forms and demo data) ships inside the package, as
`casemgr.resources`, read through importlib.resources (casemgr/paths.py). Everything else
about the package is in pyproject.toml."""

from pathlib import Path

from setuptools import find_namespace_packages, setup

HERE = Path(__file__).resolve().parent
# resources/ and each folder in it, as packages of data (setuptools ships a folder of
# package data only as a package of its own).
RESOURCES = ["casemgr.resources", *(
    "casemgr.resources." + ".".join(d.relative_to(HERE / "resources").parts)
    for d in sorted((HERE / "resources").rglob("*"))
    if d.is_dir() and d.name != "__pycache__")]

setup(
    # casemgr's own packages (the server's migrations, without __init__.py, among them)
    packages=[*find_namespace_packages(include=["casemgr", "casemgr.*"]), *RESOURCES],
    package_dir={"casemgr.resources": "resources"},
    package_data={**{name: ["*"] for name in RESOURCES},
                  "casemgr.server.migrations": ["script.py.mako"]},
    exclude_package_data={name: ["*.pyc"] for name in RESOURCES},
)
