"""What a published Food Access package says about its layers, in English and in French.

``exportpackage`` writes the outlets, access, service-area and classified-area layers into one
GeoPackage for open-data portals and field work (QField). Each layer carries QGIS metadata (title,
abstract, keywords, licence, sources with dates, method, thresholds, CRS) and the package comes
with a summary CSV and a README in both languages. The facts come from the layers' own values
(``layer_facts``); the wording is here, once, so the metadata and the README say the same thing.
The README is always bilingual; the metadata is in the user's language.
"""

import csv
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from ..areas.classify import CLASSES
from ..outlets.refresh import STALE_YEARS, STATUS_CLOSED, stale_share
from ..outlets.schema import flag_is_true

OUTLETS = "outlets"
ACCESS = "access"
SERVICE_AREAS = "service_areas"
CLASSIFIED_AREAS = "classified_areas"
LAYER_KINDS = (OUTLETS, ACCESS, SERVICE_AREAS, CLASSIFIED_AREAS)
LANGUAGES = ("en", "fr")

ODBL = {
    "en": "Open Database License (ODbL) 1.0, © OpenStreetMap contributors: https://opendatacommons.org/licenses/odbl/",
    "fr": "Open Database License (ODbL) 1.0, © les contributeurs d'OpenStreetMap : https://opendatacommons.org/licenses/odbl/",
}
OTHER_LICENCE = {
    "en": "The licence of the sources listed (e.g. Licence Ouverte 2.0 for a French public directory).",
    "fr": "La licence des sources citées (p. ex. Licence Ouverte 2.0 pour un annuaire public français).",
}

TEXTS = {
    "en": {
        OUTLETS: (
            "Food outlets",
            "Food shops and markets as points, with their taxonomy category, local and organic flags (tagged by "
            "hand where the source said otherwise), status (open or closed) and the age of their last OpenStreetMap "
            "edit.",
            "Fetched from OpenStreetMap (Overpass or an extract) and/or a directory with the Food Access plugin "
            "(fetchoutlets, importdirectory, mergeoutlets), kept up to date with updateoutlets, which keeps hand "
            "edits and marks outlets gone from the source as closed.",
        ),
        ACCESS: (
            "Access to the nearest food outlet",
            "For each origin (dwelling, grid cell, address): the nearest outlet, the distance and time to it along "
            "the street network (or in a straight line), and the number of outlets within the threshold.",
            "Shortest paths on the walkable OpenStreetMap street network from each origin to every outlet (Food "
            "Access accesstimes), or walk + public transport from the GTFS timetables.",
        ),
        SERVICE_AREAS: (
            "Service areas of the food outlets",
            "The areas from which an outlet is reached within each threshold, by walking along the streets (or by "
            "walk + public transport).",
            "Food Access serviceareas: the street network reached within the threshold from each outlet, drawn as "
            "polygons.",
        ),
        CLASSIFIED_AREAS: (
            "Food access by area",
            "Each area with its population, the share of it beyond the threshold from the nearest outlet, the "
            "outlet counts and its class: food desert, low access, served, not assessed, no population; with the "
            "reason for its class.",
            "Food Access classifyareas: the people of each area counted from the access of its origins, classified "
            "with the rule and thresholds given (USDA, Marseille, low income from an expression or the priority "
            "neighbourhoods).",
        ),
        "keywords": ["food access", "food deserts", "food outlets", "accessibility", "OpenStreetMap"],
        "colon": ": ",
        "semicolon": "; ",
        "thresholds": "Thresholds",
        "sources": "Sources",
        "crs": "Coordinate reference system",
        "method": "Method",
        "licence": "Licence",
        "features": "Features",
        "osm_source": "OpenStreetMap (© OpenStreetMap contributors, ODbL), fetched {first} to {last}",
        "directory_source": "Directory ({source}), imported {first} to {last}",
        "other_source": "Source {source}, fetched {first} to {last}",
        "plugin_source": "Computed with the Food Access QGIS plugin, exported {date}",
        "freshness": "{stale} of {dated} open OpenStreetMap outlets were last edited more than {years} years ago.",
        "readme_title": "Food Access package",
        "readme_intro": (
            "This GeoPackage holds the layers below, each with its style (it opens styled in QGIS) and its "
            "metadata (Layer Properties ▸ Metadata). {summary} sums them up as a table."
        ),
        "readme_form": (
            "The outlets layer has an attribute form (QGIS, QField): category from the taxonomy, local and organic "
            "as check boxes, source fields read-only. What volunteers tag there is kept when the layer is updated "
            "from OpenStreetMap again (Food Access updateoutlets)."
        ),
    },
    "fr": {
        OUTLETS: (
            "Commerces alimentaires",
            "Commerces alimentaires et marchés (points), avec leur catégorie, leurs indicateurs local et bio "
            "(saisis à la main là où la source disait autre chose), leur statut (ouvert ou fermé) et l'âge de leur "
            "dernière modification OpenStreetMap.",
            "Récupérés d'OpenStreetMap (Overpass ou un extrait) et/ou d'un annuaire avec l'extension Food Access "
            "(fetchoutlets, importdirectory, mergeoutlets), tenus à jour avec updateoutlets, qui garde les saisies "
            "manuelles et marque fermés les commerces disparus de la source.",
        ),
        ACCESS: (
            "Accès au commerce alimentaire le plus proche",
            "Pour chaque origine (logement, carreau, adresse) : le commerce le plus proche, la distance et le temps "
            "pour l'atteindre par les rues (ou à vol d'oiseau), et le nombre de commerces sous le seuil.",
            "Plus courts chemins sur le réseau piéton OpenStreetMap de chaque origine vers chaque commerce (Food "
            "Access accesstimes), ou marche + transports en commun d'après les horaires GTFS.",
        ),
        SERVICE_AREAS: (
            "Zones de desserte des commerces alimentaires",
            "Les zones d'où l'on atteint un commerce sous chaque seuil, à pied par les rues (ou à pied + en "
            "transports en commun).",
            "Food Access serviceareas : le réseau de rues atteint sous le seuil depuis chaque commerce, dessiné en "
            "polygones.",
        ),
        CLASSIFIED_AREAS: (
            "Accès à l'alimentation par zone",
            "Chaque zone avec sa population, la part de celle-ci au-delà du seuil du commerce le plus proche, le "
            "nombre de commerces et sa classe : désert alimentaire, accès faible, desservie, non évaluée, sans "
            "population ; avec la raison de sa classe.",
            "Food Access classifyareas : les habitants de chaque zone comptés d'après l'accès de ses origines, "
            "classés avec la règle et les seuils donnés (USDA, Marseille, bas revenus d'après une expression ou les "
            "quartiers prioritaires).",
        ),
        "keywords": [
            "accès à l'alimentation",
            "déserts alimentaires",
            "commerces alimentaires",
            "accessibilité",
            "OpenStreetMap",
        ],
        "colon": " : ",  # French typography: a space before the colon and the semicolon
        "semicolon": " ; ",
        "thresholds": "Seuils",
        "sources": "Sources",
        "crs": "Système de coordonnées",
        "method": "Méthode",
        "licence": "Licence",
        "features": "Entités",
        "osm_source": "OpenStreetMap (© les contributeurs d'OpenStreetMap, ODbL), récupéré du {first} au {last}",
        "directory_source": "Annuaire ({source}), importé du {first} au {last}",
        "other_source": "Source {source}, récupérée du {first} au {last}",
        "plugin_source": "Calculé avec l'extension QGIS Food Access, exporté le {date}",
        "freshness": (
            "{stale} des {dated} commerces OpenStreetMap ouverts n'ont pas été modifiés depuis plus de {years} ans."
        ),
        "readme_title": "Paquet Food Access",
        "readme_intro": (
            "Ce GeoPackage contient les couches ci-dessous, chacune avec son style (elle s'ouvre stylée dans QGIS) "
            "et ses métadonnées (Propriétés de la couche ▸ Métadonnées). {summary} les résume en tableau."
        ),
        "readme_form": (
            "La couche des commerces a un formulaire (QGIS, QField) : catégorie de la nomenclature, local et bio en "
            "cases à cocher, champs de source en lecture seule. Ce que les bénévoles y saisissent est gardé quand la "
            "couche est mise à jour depuis OpenStreetMap (Food Access updateoutlets)."
        ),
    },
}


@dataclass
class LayerFacts:
    """What the values of one packaged layer say about it."""

    kind: str  # one of LAYER_KINDS
    table: str  # its table name in the GeoPackage
    features: int
    crs: str  # e.g. "EPSG:4326 - WGS 84"
    osm_derived: bool = True
    sources: list = field(default_factory=list)  # (source, first date, last date) of outlets
    thresholds: list = field(default_factory=list)  # "15 min", "500 m"
    counts: dict = field(default_factory=dict)  # {measure: value} for the summary CSV
    stale: tuple = None  # (stale, dated, years) for outlets


@dataclass
class LayerDescription:
    """The metadata of one layer in one language."""

    title: str
    abstract: str
    keywords: list
    licence: str
    sources: list
    method: str
    thresholds: str
    crs: str


def _day(value):
    return value.date().isoformat() if isinstance(value, datetime) else str(value or "?")


def outlet_facts(table, crs, values_list, years=STALE_YEARS):
    """LayerFacts of an outlets layer from its rows (dicts of field values)."""
    dates = {}
    for values in values_list:
        source = str(values.get("source") or "unknown")
        fetched = values.get("fetched_at")
        first, last = dates.get(source, (None, None))
        if isinstance(fetched, datetime):
            first = fetched if first is None or fetched < first else first
            last = fetched if last is None or fetched > last else last
        dates[source] = (first, last)
    counts = Counter()
    for values in values_list:
        status = "closed" if values.get("status") == STATUS_CLOSED else "open"
        counts[f"outlets_{status}"] += 1
        if status == "open":
            counts[f"category_{values.get('category') or 'none'}"] += 1
            counts["local"] += flag_is_true(values.get("local"))
            counts["organic"] += flag_is_true(values.get("organic"))
    reference = max(
        (v.get("osm_timestamp") for v in values_list if isinstance(v.get("osm_timestamp"), datetime)), default=None
    )
    stale, dated = stale_share(values_list, years, reference)
    if dated:
        counts[f"osm_not_edited_for_{years}_years"] = stale
    return LayerFacts(
        kind=OUTLETS,
        table=table,
        features=len(values_list),
        crs=crs,
        osm_derived=any("osm" in source for source in dates),
        sources=[(source, first, last) for source, (first, last) in sorted(dates.items())],
        counts=dict(sorted(counts.items())),
        stale=(stale, dated, years) if dated else None,
    )


def threshold_texts(values_list):
    """The distinct thresholds of a layer with threshold and unit fields: ["10 min", "15 min"]."""
    found = set()
    for values in values_list:
        threshold, unit = values.get("threshold"), values.get("unit")
        if isinstance(threshold, (int, float)):
            found.add((str(unit or ""), float(threshold)))
    return [f"{threshold:g} {unit}".strip() for unit, threshold in sorted(found)]


def area_facts(table, crs, values_list, osm_derived=True):
    """LayerFacts of a classified-areas layer: areas and people per class."""
    counts = {}
    for name in CLASSES:
        members = [values for values in values_list if values.get("class") == name]
        counts[f"areas_{name}"] = len(members)
        counts[f"people_{name}"] = round(sum(float(v.get("pop_total") or 0.0) for v in members))
    return LayerFacts(
        CLASSIFIED_AREAS, table, len(values_list), crs, osm_derived, [], threshold_texts(values_list), counts
    )


def access_facts(table, crs, values_list, osm_derived=True):
    """LayerFacts of an access layer: origins per status, median time or distance."""
    counts = Counter(f"origins_{values.get('status') or 'unknown'}" for values in values_list)
    for measure in ("time_min", "distance_m"):
        measured = sorted(float(v[measure]) for v in values_list if isinstance(v.get(measure), (int, float)))
        if measured:
            counts[f"median_{measure}"] = round(measured[len(measured) // 2], 1)
    return LayerFacts(ACCESS, table, len(values_list), crs, osm_derived, [], [], dict(sorted(counts.items())))


def service_area_facts(table, crs, values_list, osm_derived=True):
    counts = {"service_areas": len(values_list)}
    return LayerFacts(
        SERVICE_AREAS, table, len(values_list), crs, osm_derived, [], threshold_texts(values_list), counts
    )


def describe(facts, language, exported):
    """The LayerDescription of a layer in ``language`` (en or fr; English for another)."""
    texts = TEXTS.get(language) or TEXTS["en"]
    title, abstract, method = texts[facts.kind]
    sources = []
    for source, first, last in facts.sources:
        key = "osm_source" if source == "osm" else "directory_source" if source == "directory" else "other_source"
        sources.append(texts[key].format(source=source, first=_day(first), last=_day(last)))
    sources.append(texts["plugin_source"].format(date=_day(exported)))
    if facts.stale:
        stale, dated, years = facts.stale
        abstract += " " + texts["freshness"].format(stale=stale, dated=dated, years=years)
    licence = (ODBL if facts.osm_derived else OTHER_LICENCE).get(language) or ODBL["en"]
    return LayerDescription(
        title=title,
        abstract=abstract,
        keywords=list(texts["keywords"]),
        licence=licence,
        sources=sources,
        method=method,
        thresholds=", ".join(facts.thresholds),
        crs=facts.crs,
    )


def summary_rows(all_facts):
    """The summary CSV: one (layer, measure, value) row per fact."""
    rows = []
    for facts in all_facts:
        rows.append((facts.table, "features", facts.features))
        rows += [(facts.table, measure, value) for measure, value in facts.counts.items()]
        if facts.thresholds:
            rows.append((facts.table, "thresholds", "; ".join(facts.thresholds)))
    return rows


def write_summary(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(("layer", "measure", "value"))
        writer.writerows(rows)


def readme_text(all_facts, package_name, summary_name, exported):
    """The package's README (Markdown): English, then French, from the same facts as the metadata."""
    parts = []
    for language in LANGUAGES:
        texts = TEXTS[language]
        parts.append(f"# {texts['readme_title']} — {package_name} ({_day(exported)})\n")
        parts.append(texts["readme_intro"].format(summary=summary_name) + "\n")
        for facts in all_facts:
            description = describe(facts, language, exported)
            parts.append(f"## {description.title} (`{facts.table}`)\n")
            parts.append(description.abstract + "\n")
            colon = texts["colon"]
            parts.append(f"- {texts['features']}{colon}{facts.features}")
            parts.append(f"- {texts['method']}{colon}{description.method}")
            if description.thresholds:
                parts.append(f"- {texts['thresholds']}{colon}{description.thresholds}")
            parts.append(f"- {texts['sources']}{colon}" + texts["semicolon"].join(description.sources))
            parts.append(f"- {texts['licence']}{colon}{description.licence}")
            parts.append(f"- {texts['crs']}{colon}{description.crs}\n")
            if facts.kind == OUTLETS:
                parts.append(texts["readme_form"] + "\n")
    return "\n".join(parts)


def package_files(output):
    """The summary CSV and the README written beside the GeoPackage ``output``."""
    stem = os.path.splitext(output)[0]
    return stem + "_summary.csv", stem + "_README.md"
