"""The errors GDAL reports while reading an OSM file, collected rather than printed, and the message they make.

GDAL's OSM driver meets a truncated or corrupt file with an error on the way ("An error occurred during the
parsing of data around byte …") and then simply gives no more features: a reader that did not collect the
errors would take the part it got for the whole file ("No walkable way", a few outlets). Both readers of OSM
files (outlets, walking network) read through this.
"""

from ..errors import DataFileError

# What GDAL's fast node index says of a file saved by an editor (JOSM: negative ids, not in increasing order).
UNSORTED_NODE_IDS = ("Non increasing node id", "OSM_USE_CUSTOM_INDEXING=NO")


class GdalErrors:
    """Collects the errors GDAL reports while reading: to this handler, or as RuntimeError
    when another plugin turned gdal.UseExceptions() on for the whole process."""

    def __init__(self):
        self.messages = []

    def __call__(self, error_class, _number, message):
        from osgeo import gdal

        if error_class >= gdal.CE_Failure:
            self.messages.append(message)

    def __enter__(self):
        from osgeo import gdal

        gdal.PushErrorHandler(self)
        return self

    def __exit__(self, kind, error, _traceback):
        from osgeo import gdal

        gdal.PopErrorHandler()
        if kind is RuntimeError:
            self.messages.append(str(error))
            return True
        return False

    @property
    def unsorted_node_ids(self):
        """Whether GDAL's fast node index refused the file (read it again with USE_CUSTOM_INDEXING=NO)."""
        return any(marker in message for message in self.messages for marker in UNSORTED_NODE_IDS)


def incomplete_osm_file(path, message):
    """The error for an OSM file GDAL stopped reading half-way: ``message`` is GDAL's first error."""
    return DataFileError(
        "GDAL could not read the OSM file {path} completely: the file is truncated or corrupt ({message}). "
        "Download the extract again (e.g. from download.geofabrik.de) and give the complete .osm or .osm.pbf file.",
        path=path,
        message=message.strip().rstrip("."),
    )
