# Everything is in pyproject.toml.  This file exists for scrapyd-deploy, which builds its egg
# with `setup.py bdist_egg` and would otherwise write a setup.py of its own that drops the
# package data (newscrawl/article.schema.json) and the project's metadata.
from setuptools import setup

setup()
