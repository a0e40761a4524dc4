"""Replidesk's core: plain Python and asyncio, no Qt. The GUI renders what it returns."""

APP_NAME = "Replidesk"
__version__ = "0.1.0"
