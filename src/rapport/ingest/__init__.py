"""Reading corpora into the tracker: pure extraction of batches, then transactional storing.

``rapport.ingest.batches`` is pure (no Django) so a Dask runner can call it on workers;
``rapport.ingest.store`` writes a batch through the web services in one transaction;
``rapport.ingest.runner.ingest_items`` ties them together in the one run every door calls
(``rapport ingest``, the web's add form, the REST API).
"""
