"""Replidesk's core: plain Python and asyncio, no Qt. The GUI renders what it returns."""

APP_NAME = "Replidesk"
__version__ = "0.1.0"
PROJECT_PAGE = "https://github.com/replidesk/replidesk"
ISSUE_PAGE = PROJECT_PAGE + "/issues/new"  # where Help → Report a problem sends people
