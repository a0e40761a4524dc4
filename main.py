"""Replidesk: run AI models hosted on Replicate from your desktop."""

import sys

from gui.app import main

if __name__ == "__main__":
    sys.exit(main())
