"""Replidesk's Qt front end: widgets and dialogs that render core objects."""
