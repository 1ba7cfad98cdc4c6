"""Publishing the analysis: what a package says about its layers (metadata, summary, README)."""
