"""The timetables of walk + public transport (MODE 2): the GTFS feeds, or the OSM file's route
relations as estimates (core decides which: ``timetable_source``), read into a core Timetable,
and the MODE 2 parameters read into core's TransitSettings.
"""

from qgis.core import QgsProcessingParameters

from ..core.errors import InputError
from ..core.transit.gtfs import build_timetable, format_clock, read_feeds_cached, typical_date
from ..core.transit.osm_routes import estimated_timetable, read_osm_routes
from ..core.transit.settings import TIMETABLE_GTFS, TransitSettings, timetable_source
from ..i18n import plural, tr
from .access_parameters import DEFAULT_DEPARTURE


def transit_settings(algorithm, parameters, context):
    """TransitSettings from the MODE 2 parameters."""
    departure = QgsProcessingParameters.parameterAsTime(algorithm.parameterDefinition("DEPARTURE"), parameters, context)
    if departure is None or not departure.isValid():
        departure = DEFAULT_DEPARTURE
    return TransitSettings(
        departure=departure.hour() * 3600 + departure.minute() * 60 + departure.second(),
        window_minutes=algorithm.parameterAsInt(parameters, "WINDOW", context),
        percentile=algorithm.parameterAsInt(parameters, "PERCENTILE", context),
        max_walk_min=algorithm.parameterAsDouble(parameters, "MAX_WALK_MIN", context),
        max_transfers=algorithm.parameterAsInt(parameters, "MAX_TRANSFERS", context),
        speed_kmh=algorithm.parameterAsDouble(parameters, "WALK_SPEED", context),
    )


def load_transit(algorithm, run, progress):
    """(Timetable, TransitSettings) of ``run`` (an AccessRun): from GTFS, or from the OSM file's route
    relations (estimates)."""
    parameters, context, feedback = run.parameters, run.context, run.feedback
    settings = transit_settings(algorithm, parameters, context)
    start, end = settings.departure, settings.search_end()
    paths = [path for path in algorithm.parameterAsFileList(parameters, "GTFS", context) if path]
    strict = algorithm.parameterAsBoolean(parameters, "STRICT", context)
    osm_file = algorithm.parameterAsFile(parameters, "OSM_FILE", context)
    if timetable_source(paths, osm_file) == TIMETABLE_GTFS:
        feeds = read_feeds_cached(paths, strict, progress.sub(0.0, 0.8))
        day = QgsProcessingParameters.parameterAsDate(algorithm.parameterDefinition("DATE"), parameters, context)
        if day is not None and day.isValid():
            travel_day = day.toPyDate()
        else:
            travel_day = typical_date(feeds)
            feedback.pushInfo(
                tr("DATE not given: using {day}, the first Tuesday on which every feed runs.").format(
                    day=travel_day.isoformat()
                )
            )
        timetable = build_timetable(feeds, travel_day, start, end, strict)
        source = plural(len(feeds), tr("{count} GTFS feed, {day}"), tr("{count} GTFS feeds, {day}")).format(
            count=len(feeds), day=travel_day.isoformat()
        )
    else:
        routes = read_osm_routes(osm_file, progress.sub(0.0, 0.8))
        if not routes:
            raise InputError(
                "No GTFS file was given and {path} has no public transport route relation (route=bus, tram, "
                "subway, train, light_rail or trolleybus with stops): give the GTFS feeds of the area.",
                path=osm_file,
            )
        headway = algorithm.parameterAsDouble(parameters, "ASSUMED_HEADWAY", context)
        speed = algorithm.parameterAsDouble(parameters, "ASSUMED_SPEED", context)
        timetable = estimated_timetable(routes, start, end, headway, speed)
        source = plural(
            len(routes),
            tr("{count} OSM route relation (estimated times)"),
            tr("{count} OSM route relations (estimated times)"),
        ).format(count=len(routes))
    for warning in timetable.warnings:
        feedback.pushWarning(warning)
    feedback.pushInfo(
        tr(
            "Public transport: {source}; {stops} stops and {connections} vehicle hops between {start} and {end}; "
            "departures every minute from {first} for {window} min."
        ).format(
            source=source,
            stops=timetable.stop_count,
            connections=timetable.connection_count,
            start=format_clock(start),
            end=format_clock(end),
            first=format_clock(start),
            window=settings.window_minutes,
        )
    )
    window_end = start + settings.window_minutes * 60
    if not ((timetable.dep_time >= start) & (timetable.dep_time < window_end)).any():
        feedback.pushWarning(
            tr(
                "No public transport vehicle departs during the departure window ({start} to {end}; {source}): "
                "transit can only help by waiting for a later vehicle, and the times are mostly those of walking "
                "alone. Choose a DEPARTURE within the service hours, or another DATE."
            ).format(start=format_clock(start), end=format_clock(window_end), source=source)
        )
    progress.step(1, 1)
    return timetable, settings
