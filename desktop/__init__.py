"""Yiyong 见义勇为工作台 — offline desktop ledger for 见义勇为 work."""

__version__ = "0.1.0"
APP_NAME = "Yiyong"
APP_TITLE = "见义勇为工作台"
