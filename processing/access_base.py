"""The base of the accessibility algorithms (``accesstimes``, ``serviceareas``), as QuickOSM's
BuildBased is of its queries: the parameters they share (``access_parameters``), the dispatch on
MODE, and reading what every mode needs: the outlets (through the OUTLET_FILTER when the
algorithm has one), the street network with the outlets tied to it (``street_network``) and the
timetables (``timetables``).

A subclass defines its own parameters around the shared ones (``define_inputs`` before MODE,
``define_options`` after the walking ones, ``define_output`` after the public transport ones),
``process`` (which calls ``start`` and ``by_mode``) and one method per mode, ``straight``,
``walk`` and ``transit``, each handed the ``AccessRun``.
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterExpression,
)

from ..core.errors import InputError
from ..core.progress import Progress
from ..core.walk.routing import WalkRouter
from ..core.walk.snap import Snapped
from .access_parameters import MODE_STRAIGHT, MODE_TRANSIT, MODE_WALK, add_mode_parameters, add_transit_parameters
from .base import FoodAccessAlgorithm
from .closed_outlets import open_outlets_filter, report_closed, status_field
from .point_input import check_source, point_crs_note, read_points, snap_outlets
from .street_network import load_walk_network
from .timetables import load_transit


@dataclass
class AccessRun:
    """One run: the Processing arguments, its progress, and the settings every mode reads."""

    parameters: dict
    context: QgsProcessingContext
    feedback: QgsProcessingFeedback
    progress: Progress
    mode: int
    speed_kmh: float
    unit: int


@dataclass
class OutletInput:
    """The outlet layer, and the request reading the outlets the OUTLET_FILTER keeps (all of them
    when the algorithm has no such parameter, ``filtered`` false)."""

    source: QgsProcessingFeatureSource
    request: QgsFeatureRequest
    filtered: bool


@dataclass
class NetworkOutlets:
    """The walking network (``router``, in its local metric ``crs``) and the outlets with a usable
    point (``features``) tied to it (``snapped``) within ``max_snap`` metres."""

    router: WalkRouter
    crs: QgsCoordinateReferenceSystem
    max_snap: float
    features: list
    snapped: Snapped


class AccessAlgorithm(FoodAccessAlgorithm):
    GROUP = "accessibility"
    REQUIRES = (("scipy", "networkx"),)  # either: scipy is the fast path, networkx the fallback (core/walk/routing.py)

    def define_parameters(self):
        self.define_inputs()
        add_mode_parameters(self)
        self.define_options()
        add_transit_parameters(self)
        self.define_output()

    # --- a run ------------------------------------------------------------------------------
    def start(self, parameters, context, feedback):
        """The AccessRun of these arguments."""
        return AccessRun(
            parameters,
            context,
            feedback,
            self.progress(feedback),
            mode=self.parameterAsEnum(parameters, "MODE", context),
            speed_kmh=self.parameterAsDouble(parameters, "WALK_SPEED", context),
            unit=self.parameterAsEnum(parameters, "UNIT", context),
        )

    def input_source(self, run, name, label):
        """The feature source of parameter ``name``; an InputError naming it (``label``) when it is
        missing, empty or without CRS."""
        return check_source(self.parameterAsSource(run.parameters, name, run.context), name, label)

    def add_outlet_filter(self):
        """The OUTLET_FILTER parameter (after OUTLETS): the same outlets for access times and areas."""
        self.add_parameter(
            QgsProcessingParameterExpression(
                "OUTLET_FILTER", self.tr("Outlet filter"), parentLayerParameterName="OUTLETS", optional=True
            ),
            self.tr("Keep only the outlets matching this expression, e.g. \"category\" = 'supermarket'."),
        )

    def outlet_input(self, run, source):
        """OutletInput of ``source``, its OUTLET_FILTER checked (an InputError when invalid); outlets marked
        closed are left out (processing/closed_outlets.py)."""
        request = QgsFeatureRequest()
        filtered = self.parameterDefinition("OUTLET_FILTER") is not None
        # parameterAsExpression returns "" for an invalid expression: read the text to report it.
        text = self.parameterAsString(run.parameters, "OUTLET_FILTER", run.context) if filtered else ""
        if text:
            expression = QgsExpression(text)
            if expression.hasParserError():
                raise InputError(
                    "The outlet filter is not a valid expression: {error}", error=expression.parserErrorString()
                )
            # A field the layer lacks would read NULL for every outlet and keep none, without saying why.
            fields = {name.lower() for name in source.fields().names()}
            missing = sorted(
                name
                for name in expression.referencedColumns()
                if name != QgsFeatureRequest.ALL_ATTRIBUTES and name.lower() not in fields
            )
            if missing:
                raise InputError(
                    "The outlet filter uses fields that the OUTLETS layer does not have: {missing}. Its fields are: "
                    "{fields}.",
                    missing=", ".join(missing),
                    fields=", ".join(source.fields().names()),
                )
        status = status_field(source)
        closed = report_closed(source, status, run.feedback) if status is not None else 0
        if closed and closed == source.featureCount():
            raise InputError(
                "Every outlet of the OUTLETS layer is marked closed (field {field}): there is no open outlet to "
                "measure access to. Give a layer with open outlets.",
                field=status,
            )
        if closed:
            text = f"({text}) AND {open_outlets_filter(status)}" if text else open_outlets_filter(status)
        if text:
            request.setFilterExpression(text)
            request.setExpressionContext(self.createExpressionContext(run.parameters, run.context))
        return OutletInput(source, request, filtered)

    def note_crs(self, run, *sources):
        """Say which of the (label, source) inputs, and NETWORK, are in another CRS than the first."""
        network = self.parameterAsSource(run.parameters, "NETWORK", run.context)
        point_crs_note(run.feedback, (*sources, ("NETWORK", network)))

    def by_mode(self, run, *arguments):
        """The subclass's method for MODE (``straight``, ``walk`` or ``transit``) on ``run`` and ``arguments``."""
        engines = {MODE_STRAIGHT: self.straight, MODE_WALK: self.walk, MODE_TRANSIT: self.transit}
        if run.mode not in engines:
            raise InputError("Unknown MODE {mode}.", mode=run.mode)
        return engines[run.mode](run, *arguments)

    # --- what the modes read ----------------------------------------------------------------
    def usable_outlets(self, run, outlets, crs):
        """(features, (n, 2) coordinates in ``crs``) of the outlets with a usable point; an
        InputError when none is left."""
        features, xy = read_points(outlets.source, crs, run.context, outlets.request)
        usable = np.isfinite(xy).all(axis=1)
        if not usable.any():
            if outlets.filtered:
                raise InputError("No outlet is left: the outlet filter matches none, or the outlets have no geometry.")
            raise InputError("No outlet has a usable geometry.")
        return [feature for feature, keep in zip(features, usable) if keep], xy[usable]

    def outlets_on_network(self, run, outlets, progress):
        """NetworkOutlets: the network of NETWORK or OSM_FILE, then the outlets read in its CRS and
        tied to it (an InputError when none is within MAX_SNAP)."""
        router, crs = load_walk_network(self, run, progress)
        max_snap = self.parameterAsDouble(run.parameters, "MAX_SNAP", run.context)
        features, xy = self.usable_outlets(run, outlets, crs)
        return NetworkOutlets(
            router, crs, max_snap, features, snap_outlets(router, xy, max_snap, run.feedback, features)
        )

    def timetables(self, run, progress):
        """(Timetable, TransitSettings) of the MODE 2 parameters."""
        return load_transit(self, run, progress)

    def warn_if_estimated(self, run, timetable):
        if timetable.estimated:
            run.feedback.pushWarning(
                self.tr(
                    "The public transport times are ESTIMATES from OSM routes (no timetable): "
                    "field transit_estimated is true."
                )
            )

    # --- to implement -----------------------------------------------------------------------
    def define_inputs(self):
        raise NotImplementedError

    def define_options(self):
        raise NotImplementedError

    def define_output(self):
        raise NotImplementedError

    def straight(self, run, *arguments):
        raise NotImplementedError

    def walk(self, run, *arguments):
        raise NotImplementedError

    def transit(self, run, *arguments):
        raise NotImplementedError
