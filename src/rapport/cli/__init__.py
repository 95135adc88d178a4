"""The one ``rapport`` command that fronts the pipeline and the tracker."""
