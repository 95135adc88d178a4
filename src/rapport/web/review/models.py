"""No models: this app works on the other apps' records."""
