"""Presentation helpers of the web pages: charts, highlighted text, paging (no models, no queries)."""
