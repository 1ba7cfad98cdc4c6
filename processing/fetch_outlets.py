"""foodaccess:fetchoutlets — food outlets from OpenStreetMap (Overpass or a local OSM file)."""

from collections import Counter
from datetime import datetime

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.errors import InputError
from ..core.outlets import osm_file, overpass
from ..core.outlets.refresh import STALE_YEARS, source_date, stale_share
from ..core.outlets.taxonomy import chosen_categories, load_taxonomy
from ..i18n import counted, plural, user_language
from ..paths import cache_directory
from ..qgis_compat import NO_GEOMETRY_CHECK
from .area_joins import GeometryCheck, transformed
from .base import FoodAccessAlgorithm
from .deps import install_instructions, missing_packages
from .network_settings import request_proxies
from .outlet_layer import outlet_feature, outlet_fields
from .styling import OUTLETS, style_on_completion

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
EXTENT_EDGE_POINTS = 32  # points added along each edge of an EXTENT before it is reprojected


class FetchOutlets(FoodAccessAlgorithm):
    NAME = "fetchoutlets"
    GROUP = "outlets"

    EXTENT = "EXTENT"
    AREA = "AREA"
    CATEGORIES = "CATEGORIES"
    OSM_FILE = "OSM_FILE"
    OVERPASS_URL = "OVERPASS_URL"
    TIMEOUT = "TIMEOUT"
    USE_CACHE = "USE_CACHE"
    TAXONOMY = "TAXONOMY"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return self.tr("Fetch food outlets (OpenStreetMap)")

    def shortDescription(self):
        return self.tr("Food shops and markets from OpenStreetMap, by taxonomy category, as points.")

    def define_parameters(self):
        self.define_source_parameters()
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Food outlets"), QgsProcessing.SourceType.TypeVectorPoint
            ),
            self.tr(
                "Points (EPSG:4326) in the outlet schema: category, subcategory, organic, local, name, brand, "
                "opening hours, address, last OSM edit, all tags, fetch time."
            ),
        )

    def define_source_parameters(self):
        """Where and what to read from OpenStreetMap (shared with updateoutlets)."""
        bundled = load_taxonomy()
        language = user_language()
        labels = []
        for category in bundled.categories:
            label = f"{category.label(language)} ({category.id})"
            if category.group == "less_healthy":
                label += " — " + self.tr("less healthy")
            labels.append(label)
        defaults = [index for index, category in enumerate(bundled.categories) if category.default]

        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True),
            self.tr(
                "Where to look for outlets (any CRS; reprojected to WGS 84). Give an extent or an area "
                "(polygons) for Overpass; with an OSM file, leave both empty to read the whole file."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.AREA, self.tr("Area (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
            ),
            self.tr(
                "Polygons (e.g. a commune, the study area): their union bounds the query and outlets outside it "
                "are dropped. With an extent too, both apply."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.CATEGORIES, self.tr("Categories"), labels, allowMultiple=True, defaultValue=defaults
            ),
            self.tr(
                "Taxonomy categories to fetch. Default: every healthy-food category; the less-healthy ones "
                "(fast food, confectionery, alcohol) are for food-swamp ratios. With a custom taxonomy file, the "
                'chosen ids it defines are used, plus the categories it adds with "default": true.'
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFile(
                self.OSM_FILE,
                self.tr("OpenStreetMap file (.osm / .osm.pbf) instead of Overpass"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=self.tr("OpenStreetMap files (*.osm *.pbf)"),
                optional=True,
            ),
            self.tr(
                "Read the outlets from this extract with GDAL, without network (e.g. from download.geofabrik.de). "
                "Same categories, same output."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterString(
                self.OVERPASS_URL, self.tr("Overpass API URL"), defaultValue=overpass.DEFAULT_OVERPASS_URL
            ),
            self.tr(
                "Overpass interpreter to query. Default: the main public instance (overpass-api.de); respect "
                "its usage policy (one query at a time, under 10,000 a day)."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.TIMEOUT,
                self.tr("Timeout (seconds)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=overpass.DEFAULT_TIMEOUT,
                minValue=1,
                maxValue=3600,
            ),
            self.tr(
                "Time Overpass may spend on the query ([timeout:]) and time the plugin waits for the answer. "
                "Raise it for a large extent."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterBoolean(self.USE_CACHE, self.tr("Reuse a cached Overpass answer"), defaultValue=True),
            self.tr(
                "Reuse the answer to the same query on the same server if it is less than 7 days old "
                "(cached in the QGIS profile, cache/foodaccess). fetched_at tells when it was fetched."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterFile(
                self.TAXONOMY,
                self.tr("Taxonomy file (JSON)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=self.tr("JSON files (*.json)"),
                optional=True,
            ),
            self.tr(
                "An edited copy of the bundled taxonomy (resources/taxonomy/taxonomy.json) mapping OSM tags to "
                "categories. Empty: the bundled one."
            ),
            advanced=True,
        )

    # --- inputs -------------------------------------------------------------------------
    def _extent(self, parameters, context):
        """EXTENT in WGS 84: (bounds as west, south, east, north; its outline) or (None, None).
        The outline is None for an extent already in WGS 84; in another CRS the rectangle is not
        one in degrees (Lambert-93 turns it by a few degrees) and the outline clips the outlets."""
        if parameters.get(self.EXTENT) in (None, ""):
            return None, None
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        if extent.isNull() or extent.isEmpty():
            return None, None
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        if not crs.isValid() or crs == WGS84:
            return (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()), None
        outline = QgsGeometry.fromRect(extent).densifyByCount(EXTENT_EDGE_POINTS)
        outline.transform(QgsCoordinateTransform(crs, WGS84, context.transformContext()))
        box = outline.boundingBox()
        return (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), outline

    def _area_wkt(self, parameters, context, feedback, progress, extent_outline=None):
        """WKT (WGS 84) of the union of AREA's polygons, within the EXTENT's outline when given;
        the outline alone without AREA; or None. AREA is read without Processing's invalid-geometry check (see
        qgis_compat.NO_GEOMETRY_CHECK): invalid polygons (a bow tie) are repaired with makeValid and named."""
        source = self.parameterAsSource(parameters, self.AREA, context)
        if source is None:
            return extent_outline.asWkt(7) if extent_outline is not None else None
        source.setInvalidGeometryCheck(NO_GEOMETRY_CHECK)
        if not source.sourceCrs().isValid():
            raise InputError(
                "The {layer} layer has no CRS (coordinate reference system): its coordinates cannot be matched with "
                "the other layers. Set its CRS (Layer Properties ▸ Source) and run again.",
                layer=self.AREA,
            )
        transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        check = GeometryCheck(self.AREA, fix=True)
        geometries = []
        total = source.featureCount()
        for index, feature in enumerate(source.getFeatures()):
            progress.step(index, total)
            geometry = check.valid(feature)
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometries.append(transformed(geometry, transform, self.AREA, feature.id()))
        check.report(feedback)
        union = QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()
        if union.isNull() or union.isEmpty():
            raise InputError(
                "The AREA layer has no polygon (or none selected): give polygons, or leave AREA empty and use EXTENT."
            )
        if extent_outline is not None:
            union = union.intersection(extent_outline)
            if union.isEmpty():
                raise InputError("The EXTENT and the AREA do not overlap: give one of them, or both overlapping.")
        return union.asWkt(7)

    def _categories(self, parameters, context, taxonomy, feedback):
        bundled = load_taxonomy()  # the list CATEGORIES shows
        chosen = [bundled.categories[index].id for index in self.parameterAsEnums(parameters, self.CATEGORIES, context)]
        ids, missing = chosen_categories(taxonomy, bundled, chosen)
        if missing:
            feedback.pushWarning(
                self.tr("The taxonomy {} has no category {}: skipped.").format(taxonomy.path, ", ".join(missing))
            )
        if not ids:
            raise InputError("No category to fetch: choose at least one in CATEGORIES that the taxonomy defines.")
        return ids

    def read_osm(self, parameters, context, feedback, taxonomy, category_ids, bounds, area_wkt, reading):
        """The outlets of OSM_FILE, or of Overpass: an OsmFileResult or an OverpassResult."""
        osm_path = self.parameterAsFile(parameters, self.OSM_FILE, context)
        if osm_path:
            feedback.pushInfo(self.tr("Reading {}…").format(osm_path))
            result = osm_file.read_outlets(osm_path, taxonomy, category_ids, bounds, area_wkt, reading)
        else:
            missing = missing_packages(["requests"])
            if missing:
                raise QgsProcessingException(install_instructions(missing))
            use_cache = self.parameterAsBool(parameters, self.USE_CACHE, context)
            url = (
                self.parameterAsString(parameters, self.OVERPASS_URL, context).strip() or overpass.DEFAULT_OVERPASS_URL
            )
            proxies = request_proxies(url, feedback)
            result = overpass.fetch_outlets(
                taxonomy,
                category_ids,
                bounds,
                area_wkt,
                url=url,
                proxies=proxies,
                timeout=self.parameterAsInt(parameters, self.TIMEOUT, context),
                cache_dir=cache_directory() if use_cache else None,
                progress=reading,
                log=feedback.pushInfo,
            )
            feedback.pushDebugInfo(result.query)
            if result.from_cache:
                feedback.pushInfo(
                    self.tr(
                        "Cached answer fetched at {} (UTC); untick 'Reuse a cached Overpass answer' to query again."
                    ).format(result.fetched_at.isoformat())
                )
            if result.data_timestamp:
                feedback.pushInfo(self.tr("Overpass data as of {}.").format(result.data_timestamp))
        return result

    @staticmethod
    def osm_date(result):
        """The date of the OSM data read: Overpass's data date, else the newest edit of its outlets."""
        try:
            announced = datetime.fromisoformat(getattr(result, "data_timestamp", "").replace("Z", "+00:00"))
        except ValueError:
            announced = None
        return source_date([outlet.osm_timestamp for outlet in result.outlets], announced)

    def log_freshness(self, feedback, values, years, reference):
        """Log the share of open OSM outlets (``values``: dicts of outlet fields) not edited for ``years``."""
        stale, dated = stale_share(values, years, reference)
        if dated:
            feedback.pushInfo(
                self.tr(
                    "Freshness: {stale} of {dated} open OpenStreetMap outlets ({share:.0f}%) were last edited more "
                    "than {years} years ago: check them in the field."
                ).format(stale=stale, dated=dated, share=100.0 * stale / dated, years=years)
            )

    # --- run ----------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        progress = self.progress(feedback)
        taxonomy = load_taxonomy(self.parameterAsFile(parameters, self.TAXONOMY, context) or None)
        category_ids = self._categories(parameters, context, taxonomy, feedback)
        bounds, extent_outline = self._extent(parameters, context)
        area_wkt = self._area_wkt(parameters, context, feedback, progress.sub(0.0, 0.05), extent_outline)
        result = self.read_osm(
            parameters, context, feedback, taxonomy, category_ids, bounds, area_wkt, progress.sub(0.05, 0.9)
        )
        outlets = result.outlets

        fields = outlet_fields()
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, WGS84)
        style_on_completion(context, dest_id, OUTLETS, taxonomy_path=taxonomy.path or None)
        writing = progress.sub(0.9, 1.0)
        total = len(outlets)
        for start in range(0, total, 1000):
            writing.step(start, total)
            batch = [
                outlet_feature(fields, outlet[:-2], outlet.lon, outlet.lat) for outlet in outlets[start : start + 1000]
            ]
            if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        writing.step(total, total)

        if result.outside:
            feedback.pushInfo(
                plural(
                    result.outside,
                    self.tr("{count} matching element lies outside the extent or area: left out."),
                    self.tr("{count} matching elements lie outside the extent or area: left out."),
                ).format(count=result.outside)
            )
        if outlets:
            counts = Counter(outlet.category for outlet in outlets)
            feedback.pushInfo(
                self.tr("{outlets}: {categories}.").format(
                    outlets=counted(total, self.tr("{count} outlet"), self.tr("{count} outlets")),
                    categories=", ".join(f"{category} {count}" for category, count in sorted(counts.items())),
                )
            )
            self.log_freshness(feedback, [outlet._asdict() for outlet in outlets], STALE_YEARS, self.osm_date(result))
        else:
            feedback.pushWarning(
                self.tr(
                    "No outlet of the chosen categories in this extent: the output layer is "
                    "empty. Check the extent, the categories or the OSM file."
                )
            )
        return {self.OUTPUT: dest_id}
