<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FoodAccess</name>
        <message>
            <location filename="../../processing/street_network.py" />
            <source> (from the cache)</source>
            <translation> (depuis le cache)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>'Closing outlets (expression)' fails on outlet {fid}: {error}</source>
            <translation>« Commerces qui ferment (expression) » échoue sur le commerce {fid} : {error}</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>'Closing outlets (expression)' is not a valid expression: {error}</source>
            <translation>« Commerces qui ferment (expression) » n'est pas une expression valide : {error}</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>'Closing outlets (expression)' selects no outlet: none closes.</source>
            <translation>« Commerces qui ferment (expression) » ne sélectionne aucun commerce : aucun ne ferme.</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_list_model.py" />
            <source>(no name, #{fid})</source>
            <translation>(sans nom, n° {fid})</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>, not counting {count} of {total} people ({share} %) without a measure of access (origin too far from the street network, or without geometry or value)</source>
            <translation>, sans compter {count} habitants sur {total} ({share} %) sans mesure d'accès (origine trop loin des rues, sans géométrie ou sans valeur)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>0: one vehicle only. Default 2 (r5r's max_rides = 3).</source>
            <translation>0 : un seul véhicule. Par défaut 2 (max_rides = 3 dans r5r).</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>A CSV file with a header line and the columns label;category and optionally subcategory, e.g. "Épicerie fine;deli". Categories are taxonomy ids.</source>
            <translation>Un fichier CSV avec une ligne d'en-tête et les colonnes label;category et, au besoin, subcategory, p. ex. « Épicerie fine;deli ». Les catégories sont des identifiants de la nomenclature.</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>A GTFS feed has no service date at all: check its calendar files.</source>
            <translation>Un flux GTFS n'a aucune date de service : vérifiez ses fichiers calendar.</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>A copy of the 'Food access analysis' model to adapt and save under another name</source>
            <translation>Une copie du modèle « Analyse de l'accès à l'alimentation » à adapter et à enregistrer sous un autre nom</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>A field with the directory's own identifier, written to source_id. Without it, source_id is the row number (1 = first row after the header).</source>
            <translation>Un champ portant l'identifiant propre à l'annuaire, écrit dans source_id. Sans lui, source_id est le numéro de ligne (1 = première ligne après l'en-tête).</translation>
        </message>
        <message>
            <location filename="../../core/areas/site_choice.py" />
            <source>A grid of {size:g} m over the area makes {cells} candidate cells (at most {limit}): raise GRID_SIZE, or give candidate sites (CANDIDATES).</source>
            <translation>Une grille de {size:g} m sur la zone donne {cells} carreaux candidats (au plus {limit}) : augmentez GRID_SIZE, ou donnez des sites candidats (CANDIDATES).</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>A layer of the project: classified areas, priority neighbourhoods (QPV) or outlets.</source>
            <translation>Une couche du projet : zones classées, quartiers prioritaires (QPV) ou commerces.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>A newer import of the directory the layer's directory rows come from. Given alone (no 'Extent', no 'OpenStreetMap file (.osm / .osm.pbf) instead of Overpass'), only the directory rows are refreshed.</source>
            <translation>Un import plus récent de l'annuaire dont viennent les lignes d'annuaire de la couche. Donné seul (sans « Emprise » ni « Fichier OpenStreetMap (.osm / .osm.pbf) au lieu d'Overpass »), seules les lignes d'annuaire sont mises à jour.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>A taxonomy id (e.g. farm_shop) given to rows whose category field is empty, or to every row when there is no category field. Unmapped labels never get it.</source>
            <translation>Un identifiant de la nomenclature (p. ex. farm_shop) donné aux lignes dont le champ de catégorie est vide, ou à toutes les lignes s'il n'y a pas de champ de catégorie. Les libellés sans correspondance ne le reçoivent jamais.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Access layer (output of 'Access to the nearest outlet')</source>
            <translation>Couche d'accès (résultat de « Accès au commerce le plus proche »)</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <location filename="../../processing/export_package.py" />
            <location filename="../../processing/model.py" />
            <location filename="../../processing/report.py" />
            <source>Access to the nearest outlet</source>
            <translation>Accès au commerce le plus proche</translation>
        </message>
        <message>
            <location filename="../../processing/base.py" />
            <source>Accessibility</source>
            <translation>Accessibilité</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Add fields</source>
            <translation>Ajouter les champs</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Add outlet fields</source>
            <translation>Ajouter les champs des commerces</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>Add the embedded sample (Monaco's areas and homes, in metres) and open the analysis model with it</source>
            <translation>Ajouter l'exemple embarqué (zones et logements de Monaco, en mètres) et ouvrir le modèle d'analyse avec</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Add the missing outlet fields (category, local, organic) in the layer's edit buffer; existing values are not changed and nothing is saved until you save the edits</source>
            <translation>Ajouter les champs manquants des commerces (category, local, organic) dans le tampon d'édition de la couche ; les valeurs existantes ne changent pas et rien n'est enregistré tant que vous n'enregistrez pas les modifications</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Address fields (joined in order)</source>
            <translation>Champs d'adresse (concaténés dans l'ordre)</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>All categories ({count})</source>
            <translation>Toutes les catégories ({count})</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>All outlets sell local produce</source>
            <translation>Tous les commerces vendent des produits locaux</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>All outlets sell organic food</source>
            <translation>Tous les commerces vendent des produits bio</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Also export the layout to this PDF file. Empty: only the layout in the project.</source>
            <translation>Exporter aussi la mise en page dans ce fichier PDF. Vide : seulement la mise en page dans le projet.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>An OpenStreetMap extract (.osm.pbf or .osm) whose walkable ways make the network, when no line layer is given.</source>
            <translation>Un extrait OpenStreetMap (.osm.pbf ou .osm) dont les voies praticables à pied forment le réseau, si aucune couche de lignes n'est donnée.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>An edited copy of the bundled taxonomy (resources/taxonomy/taxonomy.json) mapping OSM tags to categories. Empty: the bundled one.</source>
            <translation>Une copie modifiée de la nomenclature fournie (resources/taxonomy/taxonomy.json), qui associe les attributs OSM aux catégories. Vide : celle fournie.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>An outlets layer (fetchoutlets, importdirectory, tagged in the dock), updated in place: its file is changed. It needs source and source_id fields, must be writable and have no unsaved edits.</source>
            <translation>Une couche de commerces (fetchoutlets, importdirectory, étiquetée dans le panneau), mise à jour sur place : son fichier est modifié. Elle doit avoir les champs source et source_id, être modifiable et sans modifications non enregistrées.</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>An outlets layer (fetchoutlets, updateoutlets…): stored with its style and a field form.</source>
            <translation>Une couche de commerces (fetchoutlets, updateoutlets…) : enregistrée avec son style et un formulaire de saisie.</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>An output of accesstimes: stored with a style by time (or distance).</source>
            <translation>Un résultat d'accesstimes : enregistré avec un style selon le temps (ou la distance).</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>An output of classifyareas: stored with its style by class.</source>
            <translation>Un résultat de classifyareas : enregistré avec son style par classe.</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>An output of serviceareas: stored with a style by threshold.</source>
            <translation>Un résultat de serviceareas : enregistré avec un style par seuil.</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>Another copy of Food Access is already loaded (its Processing provider exists). This copy, from the folder {folder}, is not registered: keep one copy of the plugin in the plugins folder and restart QGIS.</source>
            <translation>Une autre copie de Food Access est déjà chargée (son fournisseur Processing existe). Cette copie, du dossier {folder}, n'est pas enregistrée : ne gardez qu'une copie de l'extension dans le dossier des extensions et redémarrez QGIS.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Applied the style '{style}' to {layer}.</source>
            <translation>Style « {style} » appliqué à {layer}.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Apply a Food Access style to a layer</source>
            <translation>Appliquer un style Food Access à une couche</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Area (polygons)</source>
            <translation>Zone (polygones)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/scenario.py" />
            <location filename="../../processing/suggest_sites.py" />
            <source>Areas</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Areas before and after</source>
            <translation>Zones avant et après</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Areas to classify</source>
            <translation>Zones à classer</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Areas with at least half of their surface inside these polygons are low income (and priority areas on the map), whatever the expression says.</source>
            <translation>Les zones dont au moins la moitié de la surface est dans ces polygones sont à bas revenus (et prioritaires sur la carte), quoi que dise l'expression.</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>Areas: {food_desert} food deserts, {low_access} low access, {served} served, {not_assessed} not assessed, {no_population} without population.</source>
            <translation>Zones : {food_desert} déserts alimentaires, {low_access} à accès faible, {served} desservies, {not_assessed} non évaluées, {no_population} sans population.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>As access times (default): a point is inside when a home placed there would get a time_min within the threshold from Access to the nearest outlet (its walk to the nearest street within MAX_SNAP, small islands skipped, then along the streets; by walk + public transport, the same statistic over the departure window), traced on a grid of 10 m; BUFFER is then unused. The other two buffer the reached streets by BUFFER. Grid contour: traced on a grid of cells of a fifth of the width (10 m for 50 m), the way R5 and OpenTripPlanner draw isochrones; it never extends farther than the width from the reached streets and lies about 0.72 times the width from a straight street (36 m for 50 m). Exact buffer: round buffers of exactly the width, dissolved (GEOS); slower.</source>
            <translation>Comme les temps d'accès (par défaut) : un point est dans la zone quand un logement placé là obtiendrait de Temps d'accès un time_min dans le seuil jusqu'au commerce le plus proche (sa marche jusqu'à la rue la plus proche dans MAX_SNAP, petits îlots ignorés, puis le long des rues ; en marche + transports en commun, la même statistique sur la fenêtre de départs), tracé sur une grille de 10 m ; BUFFER est alors inutilisé. Les deux autres entourent les rues atteintes d'une zone tampon de BUFFER. Contour sur grille : tracé sur une grille de cellules d'un cinquième de la largeur (10 m pour 50 m), comme R5 et OpenTripPlanner tracent les isochrones ; il ne s'étend jamais plus loin que la largeur des rues atteintes et passe à environ 0,72 fois la largeur d'une rue droite (36 m pour 50 m). Tampon exact : tampons ronds d'exactement la largeur, fusionnés (GEOS) ; plus lent.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>As access times: the walk to the nearest street counted</source>
            <translation>Comme les temps d'accès : la marche jusqu'à la rue la plus proche comptée</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Automatic (from the layer's fields)</source>
            <translation>Automatique (d'après les champs de la couche)</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Automatic detection reads a byte-order mark, else UTF-8 when the file decodes as UTF-8, else Windows-1252. Choose the encoding only if the names still look wrong.</source>
            <translation>La détection automatique lit l'indicateur d'ordre des octets (BOM), sinon UTF-8 si le fichier se décode en UTF-8, sinon Windows-1252. Ne choisissez l'encodage que si les noms restent mal affichés.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Automatic picks 'classified areas' for a layer with class and share_low_access, 'outlets' for a layer with category, 'priority neighbourhoods' otherwise.</source>
            <translation>Automatique choisit « zones classées » pour une couche ayant class et share_low_access, « commerces » pour une couche ayant category, « quartiers prioritaires » sinon.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Base URL of the IGN Géoplateforme geocoder (it replaced api-adresse.data.gouv.fr); the plugin calls {base}/search and {base}/search/csv, at most 50 requests per second.</source>
            <translation>URL de base du géocodeur de la Géoplateforme IGN (il remplace api-adresse.data.gouv.fr) ; l'extension appelle {base}/search et {base}/search/csv, au plus 50 requêtes par seconde.</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Beyond the threshold</source>
            <translation>Au-delà du seuil</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>CDC's mRFEI counts outlets in the area and within 1/2 mile (804.672 m) of it.</source>
            <translation>Le mRFEI des CDC compte les commerces de la zone et à moins d'un demi-mile (804,672 m) de celle-ci.</translation>
        </message>
        <message>
            <location filename="../../core/areas/classify.py" />
            <source>COUNT must be ≥ 0 and SHARE between 0 and 100 (got {count} and {share}).</source>
            <translation>COUNT doit être ≥ 0 et SHARE entre 0 et 100 (reçu {count} et {share}).</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>CRS of the coordinate fields</source>
            <translation>SCR des champs de coordonnées</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Cached answer fetched at {} (UTC); untick 'Reuse a cached Overpass answer' to query again.</source>
            <translation>Réponse en cache obtenue le {} (UTC) ; décochez « Réutiliser une réponse Overpass en cache » pour relancer la requête.</translation>
        </message>
        <message>
            <location filename="../../processing/base.py" />
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Candidate sites</source>
            <translation>Sites candidats</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Candidates nearer than this (straight line) to a chosen site are left out. Default 0: none.</source>
            <translation>Les candidats plus proches que cela (à vol d'oiseau) d'un site choisi sont écartés. 0 par défaut : aucun.</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>Cannot download the priority neighbourhoods from {url}: {error}. Check the internet connection (or the proxy settings), or the URL parameter.</source>
            <translation>Impossible de télécharger les quartiers prioritaires depuis {url} : {error}. Vérifiez la connexion internet (ou les réglages du proxy), ou le paramètre URL.</translation>
        </message>
        <message>
            <location filename="../../processing/styling.py" />
            <source>Cannot load the style {path}: {message}</source>
            <translation>Impossible de charger le style {path} : {message}</translation>
        </message>
        <message>
            <location filename="../../core/osm/pbf.py" />
            <source>Cannot open the OSM file {path}: {error}</source>
            <translation>Impossible d'ouvrir le fichier OSM {path} : {error}</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>Cannot reach the Overpass server {url} (no answer within {seconds} s). Check OVERPASS_URL and the network.</source>
            <translation>Impossible de joindre le serveur Overpass {url} (pas de réponse en {seconds} s). Vérifiez OVERPASS_URL et le réseau.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>Cannot reach the Overpass server {url}: {error}. Check OVERPASS_URL and the network (or use OSM_FILE).</source>
            <translation>Impossible de joindre le serveur Overpass {url} : {error}. Vérifiez OVERPASS_URL et le réseau (ou utilisez OSM_FILE).</translation>
        </message>
        <message>
            <location filename="../../core/outlets/geocoder.py" />
            <source>Cannot reach the geocoder at {url} ({error}). Check the network connection and the GEOCODER_URL parameter.</source>
            <translation>Impossible de joindre le géocodeur à l'adresse {url} ({error}). Vérifiez la connexion réseau et le paramètre GEOCODER_URL.</translation>
        </message>
        <message>
            <location filename="../../core/http.py" />
            <source>Cannot reach {url} ({error}). Check the address, the network connection and the proxy settings.</source>
            <translation>Impossible de joindre {url} ({error}). Vérifiez l'adresse, la connexion réseau et les réglages du proxy.</translation>
        </message>
        <message>
            <location filename="../../core/osm/pbf.py" />
            <source>Cannot read the OSM XML file {path}: {error}</source>
            <translation>Impossible de lire le fichier OSM XML {path} : {error}</translation>
        </message>
        <message>
            <location filename="../../core/walk/network.py" />
            <source>Cannot read the OSM file {path}: GDAL cannot open it ({reason}). Is it an .osm or .osm.pbf extract?</source>
            <translation>Impossible de lire le fichier OSM {path} : GDAL ne peut pas l'ouvrir ({reason}). Est-ce bien un extrait .osm ou .osm.pbf ?</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>Cannot read the directory {path}: {problem}.</source>
            <translation>Impossible de lire l'annuaire {path} : {problem}.</translation>
        </message>
        <message>
            <location filename="../../plugin/sample.py" />
            <source>Cannot read the sample layer {table} of {path}.</source>
            <translation>Impossible de lire la couche d'exemple {table} de {path}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Cannot read the taxonomy file {path}: {problem}.</source>
            <translation>Impossible de lire le fichier de nomenclature {path} : {problem}.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Cannot write the PDF {path}: choose a folder you can write to.</source>
            <translation>Impossible d'écrire le PDF {path} : choisissez un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <location filename="../../plugin/sample.py" />
            <source>Cannot write the sample into {path}: {message}</source>
            <translation>Impossible d'écrire l'exemple dans {path} : {message}</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_list_model.py" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Category field</source>
            <translation>Champ de catégorie</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Category label '{label}' ({count} row) is not in the mapping nor the taxonomy: that outlet has an empty category. Add it to the mapping file to classify it.</source>
            <translation>Le libellé de catégorie « {label} » ({count} ligne) n'est ni dans la table de correspondance ni dans la nomenclature : ce commerce a une catégorie vide. Ajoutez-le au fichier de correspondance pour le classer.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Category label '{label}' ({count} rows) is not in the mapping nor the taxonomy: those outlets have an empty category. Add it to the mapping file to classify them.</source>
            <translation>Le libellé de catégorie « {label} » ({count} lignes) n'est ni dans la table de correspondance ni dans la nomenclature : ces commerces ont une catégorie vide. Ajoutez-le au fichier de correspondance pour les classer.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Category mapping file</source>
            <translation>Fichier de correspondance des catégories</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Category of rows without a category label</source>
            <translation>Catégorie des lignes sans libellé de catégorie</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Category to set with the Set category button (key C)</source>
            <translation>Catégorie attribuée par le bouton Définir la catégorie (touche C)</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Change report</source>
            <translation>Rapport des changements</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Choose a layer of outlets first.</source>
            <translation>Choisissez d'abord une couche de commerces.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Choose a point layer of outlets.</source>
            <translation>Choisissez une couche de points de commerces.</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <location filename="../../processing/base.py" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/export_package.py" />
            <location filename="../../processing/report.py" />
            <source>Classified areas</source>
            <translation>Zones classées</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Classified areas: fill by class, priority areas outlined</source>
            <translation>Zones classées : remplissage par classe, zones prioritaires cernées</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/model.py" />
            <source>Classify food access by area</source>
            <translation>Classer l'accès à l'alimentation par zone</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Click an outlet on the map to select it (Shift or Ctrl+click: add or remove it); while the map has the focus, the keys L, O, S and C tag the selection</source>
            <translation>Cliquez sur un commerce de la carte pour le sélectionner (Maj ou Ctrl+clic : l'ajouter ou le retirer) ; tant que la carte a le focus, les touches L, O, S et C étiquettent la sélection</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Click: select only</source>
            <translation>Clic : sélectionner seulement</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Click: set Supermarket</source>
            <translation>Clic : mettre Supermarché</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Click: set the chosen category</source>
            <translation>Clic : mettre la catégorie choisie</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Click: toggle Local</source>
            <translation>Clic : basculer Local</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Click: toggle Organic</source>
            <translation>Clic : basculer Bio</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Closing outlets (expression)</source>
            <translation>Commerces qui ferment (expression)</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Comma-separated distances or times, e.g. '5,10,15' (minutes) or '800,1609,2500' (metres). Default 400, 800, 1609 m: about 5 and 10 minutes' walk and the USDA's 1 mile.</source>
            <translation>Distances ou temps séparés par des virgules, p. ex. « 5,10,15 » (minutes) ou « 800,1609,2500 » (mètres). Par défaut 400, 800 et 1609 m : environ 5 et 10 minutes de marche et le mile de l'USDA.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Communes (INSEE codes)</source>
            <translation>Communes (codes Insee)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Converts distances to minutes. Default 4.8 km/h (1.33 m/s, OpenTripPlanner's default; R5 uses 1.3 m/s). Use 3.6 km/h or less for elderly people.</source>
            <translation>Convertit les distances en minutes. Par défaut 4,8 km/h (1,33 m/s, valeur par défaut d'OpenTripPlanner ; R5 utilise 1,3 m/s). Prenez 3,6 km/h ou moins pour les personnes âgées.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Could not add the field {field} to the layer {layer}: nothing was changed.</source>
            <translation>Impossible d'ajouter le champ {field} à la couche {layer} : rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Could not add the new outlets to the layer {layer}.</source>
            <translation>Impossible d'ajouter les nouveaux commerces à la couche {layer}.</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Could not open the table {table} of {path} again.</source>
            <translation>Impossible de rouvrir la table {table} de {path}.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Could not save the update of the layer {layer}: {errors}</source>
            <translation>Impossible d'enregistrer la mise à jour de la couche {layer} : {errors}</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Could not store the metadata of {table} in {path}: {message}</source>
            <translation>Impossible d'enregistrer les métadonnées de {table} dans {path} : {message}</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Could not store the style of {table} in {path}: {message}</source>
            <translation>Impossible d'enregistrer le style de {table} dans {path} : {message}</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Could not write the layer {layer} to {path}: {message}</source>
            <translation>Impossible d'écrire la couche {layer} dans {path} : {message}</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Counts each origin's people this many times, e.g. "in_qpv" (true: 1, false: 0) or "Men_pauv" / "Men" for the share of poor households. Empty: everyone counts the same.</source>
            <translation>Compte les personnes de chaque origine autant de fois, p. ex. "in_qpv" (vrai : 1, faux : 0) ou "Men_pauv" / "Men" pour la part des ménages pauvres. Vide : tout le monde compte autant.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Credits printed before the OpenStreetMap attribution, e.g. 'Population: INSEE Filosofi 2019'.</source>
            <translation>Crédits imprimés avant l'attribution OpenStreetMap, par ex. « Population : INSEE Filosofi 2019 ».</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Custom: the threshold and its unit below</source>
            <translation>Personnalisé : le seuil et son unité ci-dessous</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>DATE not given: using {day}, the first Tuesday on which every feed runs.</source>
            <translation>DATE non renseignée : utilisation du {day}, premier mardi où tous les flux circulent.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Data sources</source>
            <translation>Sources des données</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Date of travel</source>
            <translation>Date du déplacement</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/scenario.py" />
            <source>Definition of low access</source>
            <translation>Définition de l'accès faible</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Departure time</source>
            <translation>Heure de départ</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Directory outlets</source>
            <translation>Commerces de l'annuaire</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Directory outlets (importdirectory output)</source>
            <translation>Commerces de l'annuaire (résultat d'importdirectory)</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Directory table</source>
            <translation>Table de l'annuaire</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>Distance (metres) or time (minutes) beyond which people have low access. Empty: the preset's.</source>
            <translation>Distance (mètres) ou temps (minutes) au-delà duquel l'accès est faible. Vide : celui du préréglage.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Download again (ignore the cache)</source>
            <translation>Télécharger à nouveau (ignorer le cache)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>EPCI (SIREN codes)</source>
            <translation>EPCI (codes Siren)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>EPCI {codes}</source>
            <translation>EPCI {codes}</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>EPSG:4326 (or empty) for longitudes and latitudes in degrees; EPSG:2154 for Lambert-93 X and Y in metres, as in the SIRENE geolocated establishments or IGN files.</source>
            <translation>EPSG:4326 (ou vide) pour des longitudes et latitudes en degrés ; EPSG:2154 pour des X et Y Lambert-93 en mètres, comme dans la base SIRENE géolocalisée ou les fichiers de l'IGN.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Edits of '{name}' saved.</source>
            <translation>Modifications de « {name} » enregistrées.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Empty: the threshold of the classified areas in words, and the USDA rule.</source>
            <translation>Vide : le seuil des zones classées en toutes lettres, et la règle de l'USDA.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Encoding of a CSV directory</source>
            <translation>Encodage d'un annuaire CSV</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Estimated headway of OSM routes (minutes)</source>
            <translation>Intervalle estimé des lignes OSM (minutes)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Estimated speed of OSM routes (km/h)</source>
            <translation>Vitesse estimée des lignes OSM (km/h)</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>Every outlet of the OUTLETS layer is marked closed (field {field}): there is no open outlet to measure access to. Give a layer with open outlets.</source>
            <translation>Tous les commerces de la couche OUTLETS sont marqués fermés (champ {field}) : aucun commerce ouvert auquel mesurer l'accès. Donnez une couche avec des commerces ouverts.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Every pair of outlets of different layers within the distance: merged or not, why, their distance and name similarity.</source>
            <translation>Chaque paire de commerces de couches différentes à moins de la distance : fusionnés ou non, pourquoi, leur distance et la similarité de leurs noms.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Exact buffer (slower)</source>
            <translation>Zone tampon exacte (plus lente)</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Existing outlets</source>
            <translation>Commerces existants</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Export a documented package (GeoPackage)</source>
            <translation>Exporter un paquet documenté (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Extent</source>
            <translation>Emprise</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Extent for Overpass (without OpenStreetMap file)</source>
            <translation>Emprise pour Overpass (sans fichier OpenStreetMap)</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Feature {fid} of layer '{layer}' lies at ({x}, {y}), which does not fit the layer's CRS {crs}: set the layer's right CRS (Layer Properties ▸ Source ▸ CRS) and run again.</source>
            <translation>L'entité {fid} de la couche « {layer} » est située en ({x}, {y}), ce qui ne correspond pas au SCR de la couche {crs} : définissez le bon SCR de la couche (Propriétés de la couche ▸ Source ▸ SCR) et relancez.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>Feature {fid} of {layer} cannot be transformed from {source} to {target}: its coordinates do not fit its layer's CRS; set the layer's right CRS (Layer Properties ▸ Source) and run again.</source>
            <translation>L'entité {fid} de {layer} ne peut pas être transformée de {source} en {target} : ses coordonnées ne correspondent pas au SCR de sa couche ; donnez à la couche son vrai SCR (Propriétés de la couche ▸ Source) et relancez.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Fetch food outlets</source>
            <translation>Récupérer les commerces alimentaires</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Fetch food outlets (OpenStreetMap)</source>
            <translation>Récupérer les commerces alimentaires (OpenStreetMap)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Fetch priority neighbourhoods (QPV)</source>
            <translation>Récupérer les quartiers prioritaires (QPV)</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Field with the area's name for the labels. Empty: lib_qp, name, nom or libelle when present.</source>
            <translation>Champ portant le nom de la zone, pour les étiquettes. Vide : lib_qp, name, nom ou libelle s'ils existent.</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>Fields of AREAS replaced by the classification: {names}.</source>
            <translation>Champs de AREAS remplacés par la classification : {names}.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Fields {fields} added to the edit buffer: save the layer's edits to keep them.</source>
            <translation>Champs {fields} ajoutés au tampon d'édition : enregistrez les modifications de la couche pour les conserver.</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <location filename="../../processing/provider.py" />
            <source>Food Access</source>
            <translation>Food Access</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>Food Access algorithms</source>
            <translation>Algorithmes Food Access</translation>
        </message>
        <message>
            <location filename="../../processing/deps.py" />
            <source>Food Access needs the Python package(s) {names}, which QGIS's Python cannot import.
Install them into QGIS's own Python, then restart QGIS:
- Windows: open the OSGeo4W Shell and run: python -m pip install {pip}
- macOS: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {pip}
- Debian/Ubuntu: sudo apt install {debian}
- Any system: install the QPIP plugin, which reads the plugin's requirements.txt.</source>
            <translation>Food Access a besoin du ou des paquets Python {names}, que le Python de QGIS ne peut pas importer.
Installez-les dans le Python de QGIS, puis redémarrez QGIS :
- Windows : ouvrez l'OSGeo4W Shell et lancez : python -m pip install {pip}
- macOS : /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {pip}
- Debian/Ubuntu : sudo apt install {debian}
- Tout système : installez l'extension QPIP, qui lit le fichier requirements.txt de l'extension.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Food Access — outlet tagging</source>
            <translation>Food Access — étiquetage des commerces</translation>
        </message>
        <message>
            <location filename="../../processing/provider.py" />
            <source>Food Access: food deserts and access to food</source>
            <translation>Food Access : déserts alimentaires et accès à l'alimentation</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Food access</source>
            <translation>Accès à l'alimentation</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Food access analysis</source>
            <translation>Analyse de l'accès à l'alimentation</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <location filename="../../processing/report.py" />
            <location filename="../../processing/report_layout.py" />
            <source>Food access by area</source>
            <translation>Accès à l'alimentation par zone</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <location filename="../../processing/model.py" />
            <location filename="../../processing/report.py" />
            <source>Food outlets</source>
            <translation>Commerces alimentaires</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Food outlets (the outlet layer of 'Fetch outlets' or 'Import a directory'). Their source_id, name and category fields, when present, are copied to the result.</source>
            <translation>Commerces alimentaires (la couche de commerces de « Récupérer les commerces » ou « Importer un annuaire »). Leurs champs source_id, name et category, s'ils existent, sont copiés dans le résultat.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Food outlets drawn on the map by category.</source>
            <translation>Commerces alimentaires dessinés sur la carte par catégorie.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Food outlets in the outlet schema (category, organic, local, name, opening hours...).</source>
            <translation>Commerces alimentaires au schéma des commerces (catégorie, bio, local, nom, horaires…).</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Food outlets; polygons are taken at a point on their surface. Use the layer's selection, a filtered layer or the 'Outlet filter' to keep some outlets only.</source>
            <translation>Commerces alimentaires ; les polygones sont pris en un point de leur surface. Utilisez la sélection de la couche, une couche filtrée ou le « Filtre des commerces » pour ne garder que certains commerces.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Food shops and markets from OpenStreetMap, by taxonomy category, as points.</source>
            <translation>Commerces alimentaires et marchés d'OpenStreetMap, par catégorie de la nomenclature, en points.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Freshness: {stale} of {dated} open OpenStreetMap outlets ({share:.0f}%) were last edited more than {years} years ago: check them in the field.</source>
            <translation>Fraîcheur : {stale} des {dated} commerces OpenStreetMap ouverts ({share:.0f} %) n'ont pas été modifiés depuis plus de {years} ans : vérifiez-les sur le terrain.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/osm_file.py" />
            <source>GDAL cannot read {path} as an OpenStreetMap file (.osm XML or .osm.pbf). Give an OSM extract in OSM_FILE, e.g. from download.geofabrik.de or extract.bbbike.org.</source>
            <translation>GDAL ne peut pas lire {path} comme un fichier OpenStreetMap (.osm XML ou .osm.pbf). Donnez un extrait OSM dans OSM_FILE, p. ex. de download.geofabrik.de ou extract.bbbike.org.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/osm_file.py" />
            <source>GDAL cannot read {path} as an OpenStreetMap file (.osm XML or .osm.pbf): {message}. Give an OSM extract in OSM_FILE, e.g. from download.geofabrik.de or extract.bbbike.org.</source>
            <translation>GDAL ne peut pas lire {path} comme un fichier OpenStreetMap (.osm XML ou .osm.pbf) : {message}. Donnez un extrait OSM dans OSM_FILE, p. ex. de download.geofabrik.de ou extract.bbbike.org.</translation>
        </message>
        <message>
            <location filename="../../core/osm/gdal_errors.py" />
            <source>GDAL could not read the OSM file {path} completely: the file is truncated or corrupt ({message}). Download the extract again (e.g. from download.geofabrik.de) and give the complete .osm or .osm.pbf file.</source>
            <translation>GDAL n'a pas pu lire entièrement le fichier OSM {path} : le fichier est tronqué ou corrompu ({message}). Téléchargez de nouveau l'extrait (par ex. sur download.geofabrik.de) et donnez le fichier .osm ou .osm.pbf complet.</translation>
        </message>
        <message>
            <location filename="../../core/areas/site_choice.py" />
            <source>GRID_SIZE must be greater than 0 (got {size}).</source>
            <translation>GRID_SIZE doit être supérieur à 0 (reçu {size}).</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Geocoded {rows} with {url} in {requests} ({retries}).</source>
            <translation>Géocodage de {rows} avec {url} en {requests} ({retries}).</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Geocoder base URL</source>
            <translation>URL de base du géocodeur</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>Give an EXTENT or an AREA to query Overpass (or an OSM_FILE to read).</source>
            <translation>Donnez une emprise (EXTENT) ou une zone (AREA) pour interroger Overpass (ou un fichier OSM_FILE à lire).</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Give at least one layer to export: OUTLETS, ACCESS, SERVICE_AREAS or CLASSIFIED_AREAS.</source>
            <translation>Donnez au moins une couche à exporter : OUTLETS, ACCESS, SERVICE_AREAS ou CLASSIFIED_AREAS.</translation>
        </message>
        <message>
            <location filename="../../core/walk/service_areas.py" />
            <source>Give at least one threshold, all greater than zero.</source>
            <translation>Donnez au moins un seuil, tous supérieurs à zéro.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Give at least two outlet layers to merge.</source>
            <translation>Donnez au moins deux couches de commerces à fusionner.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>Give both a longitude field and a latitude field, or neither.</source>
            <translation>Donnez à la fois un champ de longitude et un champ de latitude, ou aucun des deux.</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>Give either a street network layer (NETWORK) or an OSM file (OSM_FILE), not both.</source>
            <translation>Donnez soit une couche de réseau viaire (NETWORK), soit un fichier OSM (OSM_FILE), pas les deux.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>Give the address fields (to geocode the outlets) or the longitude and latitude fields.</source>
            <translation>Donnez les champs d'adresse (pour géocoder les commerces) ou les champs de longitude et de latitude.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Gravity decay (per minute of walking)</source>
            <translation>Décroissance de la gravité (par minute de marche)</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Grid cell size (m)</source>
            <translation>Taille des carreaux de la grille (m)</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Grid contour of the buffer (fast)</source>
            <translation>Contour sur grille du tampon (rapide)</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Healthy outlets</source>
            <translation>Commerces sains</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Homes (origins)</source>
            <translation>Logements (origines)</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Homes: travel time (min)</source>
            <translation>Logements : temps de trajet (min)</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>How alike the names must be (accents, case and punctuation ignored; 1 = same name). "Carrefour City" and "Carrefour city" are 1; a name whose words all appear in the other is 1.</source>
            <translation>Degré de ressemblance exigé entre les noms (accents, casse et ponctuation ignorés ; 1 = même nom). « Carrefour City » et « Carrefour city » valent 1 ; un nom dont tous les mots figurent dans l'autre vaut 1.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>How many sites to choose. Default 5.</source>
            <translation>Combien de sites choisir. 5 par défaut.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>INPUT is not a vector layer: choose the outlets layer to update.</source>
            <translation>INPUT n'est pas une couche vecteur : choisissez la couche de commerces à mettre à jour.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>INSEE codes separated by commas, e.g. 13055 for Marseille. Arrondissement codes (13201-13216, 75101-75120, 69381-69389) stand for their commune: QPVs are coded by commune.</source>
            <translation>Codes Insee séparés par des virgules, p. ex. 13055 pour Marseille. Les codes d'arrondissement (13201-13216, 75101-75120, 69381-69389) valent pour leur commune : les QPV sont codés par commune.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Identifier field</source>
            <translation>Champ identifiant</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>If the source would close more than this share of the layer's open outlets in the area it covers, nothing is changed: the source most likely covers another area or other categories.</source>
            <translation>Si la source fermait plus que cette part des commerces ouverts de la couche dans la zone qu'elle couvre, rien n'est modifié : la source couvre très probablement une autre zone ou d'autres catégories.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Import an outlet directory</source>
            <translation>Importer un annuaire de commerces</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>In edit mode, no unsaved edit.</source>
            <translation>En mode édition, aucune modification non enregistrée.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Incorrect parameter value for {name}</source>
            <translation>Valeur incorrecte pour le paramètre {name}</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>Inputs are in different CRSs ({list}): all are reprojected to a common local metric CRS.</source>
            <translation>Les entrées sont dans des SCR différents ({list}) : toutes sont reprojetées dans un SCR métrique local commun.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>Invalid geometries of {layer} repaired with makeValid ({count}; feature id and reason: {features}): check these features.</source>
            <translation>Géométries invalides de {layer} réparées par makeValid ({count} ; identifiant et raison : {features}) : vérifiez ces entités.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Invalid polygons (self-intersecting, bow-tie) of the areas, the access layer and the priority areas are refused with their ids; ticked, they are repaired with makeValid (and listed in the log), and the output holds the repaired areas.</source>
            <translation>Les polygones invalides (auto-intersection, « nœud papillon ») des zones, de la couche d'accès et des zones prioritaires sont refusés avec leurs identifiants ; coché, ils sont réparés par makeValid (et listés dans le journal), et la sortie contient les zones réparées.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>K = {k} sites are asked for, but only {count} candidates are usable (within MAX_SNAP of the street network and inside AREAS): lower K, or give more candidates (CANDIDATES, a smaller GRID_SIZE).</source>
            <translation>K = {k} sites sont demandés, mais seuls {count} candidats sont utilisables (à moins de MAX_SNAP du réseau de rues et dans AREAS) : baissez K, ou donnez plus de candidats (CANDIDATES, un GRID_SIZE plus petit).</translation>
        </message>
        <message>
            <location filename="../../core/areas/site_choice.py" />
            <source>K must be at least 1 (got {k}).</source>
            <translation>K doit valoir au moins 1 (reçu {k}).</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>Keep only the outlets matching this expression, e.g. "category" = 'supermarket'.</source>
            <translation>Ne garder que les commerces qui vérifient cette expression, p. ex. "category" = 'supermarket'.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Keep the QPVs that intersect this extent. Filters combine: all given filters must match.</source>
            <translation>Garder les QPV qui intersectent cette emprise. Les filtres se cumulent : tous ceux donnés doivent être vérifiés.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Keep the outlets that count</source>
            <translation>Garder les commerces retenus</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Label field</source>
            <translation>Champ d'étiquette</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Latitude (or Y) field</source>
            <translation>Champ de latitude (ou Y)</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Latitude in decimal degrees, or Y in the CRS of the coordinate fields, used with the longitude field.</source>
            <translation>Latitude en degrés décimaux, ou Y dans le SCR des champs de coordonnées, utilisée avec le champ de longitude.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Layer '{layer}' has no CRS (coordinate reference system): its positions cannot be compared with the other layers'. Set its CRS (Layer Properties ▸ Source ▸ CRS) and run again.</source>
            <translation>La couche « {layer} » n'a pas de SCR (système de coordonnées de référence) : ses positions ne peuvent pas être comparées à celles des autres couches. Définissez son SCR (Propriétés de la couche ▸ Source ▸ SCR) et relancez.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Layer '{layer}' is given twice in LAYERS: each of its outlets would be merged with itself. Give each outlet layer once.</source>
            <translation>La couche « {layer} » est donnée deux fois dans LAYERS : chacun de ses commerces serait fusionné avec lui-même. Donnez chaque couche de commerces une seule fois.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Layer '{layer}' is not an outlet layer: it lacks the field(s) {fields}. Use the outputs of 'Fetch food outlets' or 'Import an outlet directory'.</source>
            <translation>La couche « {layer} » n'est pas une couche de commerces : il lui manque le ou les champs {fields}. Utilisez les résultats de « Récupérer les commerces alimentaires » ou « Importer un annuaire de commerces ».</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Layer '{layer}': feature {fid} has no position and is left out.</source>
            <translation>Couche « {layer} » : l'entité {fid} n'a pas de position et est écartée.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Layer to style</source>
            <translation>Couche à mettre en forme</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Layout '{name}' added to the project: Project ▸ Layout Manager to open and edit it.</source>
            <translation>Mise en page « {name} » ajoutée au projet : Projet ▸ Gestionnaire de mises en page pour l'ouvrir et la modifier.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Layout name</source>
            <translation>Nom de la mise en page</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Line {lines} of {path} holds a quote (") that is never closed: that row was not read and is in UNMATCHED; the lines after it were read. Close or remove the quote and import again.</source>
            <translation>La ligne {lines} de {path} contient un guillemet (") jamais refermé : cette ligne n'a pas été lue et se trouve dans UNMATCHED ; les lignes suivantes ont été lues. Refermez ou supprimez le guillemet et importez de nouveau.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Lines of the street network, e.g. the 'lines' layer of an OSM file or IGN BD TOPO roads. With a 'highway' field (OSM), only walkable ways are kept; without it every line is walkable. Leave empty to use the OSM file.</source>
            <translation>Lignes du réseau viaire, p. ex. la couche « lines » d'un fichier OSM ou les tronçons de route de la BD TOPO de l'IGN. Avec un champ « highway » (OSM), seules les voies praticables à pied sont gardées ; sans lui, toute ligne est praticable. Laissez vide pour utiliser le fichier OSM.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Lines {lines} of {path} hold a quote (") that is never closed: those {count} rows were not read and are in UNMATCHED; the lines after them were read. Close or remove the quotes and import again.</source>
            <translation>Les lignes {lines} de {path} contiennent un guillemet (") jamais refermé : ces {count} lignes n'ont pas été lues et se trouvent dans UNMATCHED ; les lignes suivantes ont été lues. Refermez ou supprimez les guillemets et importez de nouveau.</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>Load the Monaco sample</source>
            <translation>Charger l'exemple de Monaco</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_list_model.py" />
            <location filename="../../plugin/tagging_dock.py" />
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Local {local} · Organic {organic}</source>
            <translation>Local {local} · Bio {organic}</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>Long straight legs to the street network: {count} of the {tied} origins tied to it lie more than {limit:g} m from a street ({percentile}th percentile of snap_m: {leg:.0f} m), a leg walked in a straight line. The network may lack streets there (an extract cut too small, a layer without footpaths): use a larger or more complete street network. Origins that are large cells taken at a point on their surface have long legs by nature.</source>
            <translation>Longs segments droits jusqu'au réseau viaire : {count} des {tied} origines qui y sont rattachées sont à plus de {limit:g} m d'une rue ({percentile}e centile de snap_m : {leg:.0f} m), un trajet compté en ligne droite. Le réseau manque peut-être de rues à cet endroit (un extrait découpé trop petit, une couche sans chemins piétons) : utilisez un réseau viaire plus étendu ou plus complet. Des origines qui sont de grands carreaux pris en un point de leur surface ont par nature de longs segments.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Longest walk to or from a stop (minutes)</source>
            <translation>Marche maximale vers ou depuis un arrêt (minutes)</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Longitude (or X) field</source>
            <translation>Champ de longitude (ou X)</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Longitude in decimal degrees ("5.37" or "5,37"), or X in the CRS of the coordinate fields. With a latitude field, rows with coordinates are placed there without geocoding.</source>
            <translation>Longitude en degrés décimaux (« 5.37 » ou « 5,37 »), ou X dans le SCR des champs de coordonnées. Avec un champ de latitude, les lignes qui ont des coordonnées sont placées là, sans géocodage.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Low access beyond (minutes)</source>
            <translation>Accès faible au-delà de (minutes)</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>Low access: at least this many people</source>
            <translation>Accès faible : au moins ce nombre d'habitants</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Low access: farther than {threshold} {unit} from the nearest food outlet. An area has low access when at least 500 people or 33 % of its population live beyond it (USDA rule), and is a food desert when it is also low income.</source>
            <translation>Accès faible : à plus de {threshold} {unit} du commerce alimentaire le plus proche. Une zone a un accès faible quand au moins 500 personnes ou 33 % de sa population vivent au-delà (règle de l'USDA), et c'est un désert alimentaire si ses revenus sont aussi faibles.</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>Low access: or at least this share of the population (%)</source>
            <translation>Accès faible : ou au moins cette part de la population (%)</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Low income (expression on the areas)</source>
            <translation>Revenus faibles (expression sur les zones)</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>Low income (expression)</source>
            <translation>Bas revenus (expression)</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Map data © OpenStreetMap contributors (ODbL) · Made with QGIS and Food Access</source>
            <translation>Données cartographiques © contributeurs d'OpenStreetMap (ODbL) · Réalisé avec QGIS et Food Access</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Marseille pilot: 2.5 km</source>
            <translation>Projet pilote de Marseille : 2,5 km</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Matches scored below it (0–1) are not placed: the row goes to the unmatched rows with its score.</source>
            <translation>Les correspondances dont le score est inférieur (0–1) ne sont pas placées : la ligne va dans les lignes non placées avec son score.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Maximum distance (metres)</source>
            <translation>Distance maximale (mètres)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Maximum distance to the network (m)</source>
            <translation>Distance maximale au réseau (m)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Maximum number of transfers</source>
            <translation>Nombre maximal de correspondances</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Median time (min)</source>
            <translation>Temps médian (min)</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Merge outlet layers</source>
            <translation>Fusionner des couches de commerces</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Merge report</source>
            <translation>Rapport de fusion</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Merged outlets</source>
            <translation>Commerces fusionnés</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Method (text under the title)</source>
            <translation>Méthode (texte sous le titre)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Metres</source>
            <translation>Mètres</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Minimum geocoding score</source>
            <translation>Score de géocodage minimal</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Minimum name similarity (0–1)</source>
            <translation>Similarité minimale des noms (0–1)</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Minimum spacing between sites (m)</source>
            <translation>Espacement minimal entre sites (m)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <location filename="../../plugin/sample.py" />
            <source>Monaco: areas (quartiers)</source>
            <translation>Monaco : zones (quartiers)</translation>
        </message>
        <message>
            <location filename="../../plugin/sample.py" />
            <source>Monaco: homes</source>
            <translation>Monaco : logements</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_list_model.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Name field</source>
            <translation>Champ du nom</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>No GTFS feed runs any trip on any of its dates: check its calendar files.</source>
            <translation>Aucun flux GTFS ne fait circuler de course à l'une de ses dates : vérifiez ses fichiers calendar.</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>No GTFS file was given and {path} has no public transport route relation (route=bus, tram, subway, train, light_rail or trolleybus with stops): give the GTFS feeds of the area.</source>
            <translation>Aucun fichier GTFS n'a été donné et {path} n'a aucune relation de ligne de transport en commun (route=bus, tram, subway, train, light_rail ou trolleybus avec arrêts) : donnez les flux GTFS du territoire.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>No candidate site is usable: none lies within MAX_SNAP of the street network (and inside AREAS). Check that the candidates, the areas and the network cover the same place, or raise MAX_SNAP.</source>
            <translation>Aucun site candidat n'est utilisable : aucun n'est à moins de MAX_SNAP du réseau de rues (et dans AREAS). Vérifiez que les candidats, les zones et le réseau couvrent le même territoire, ou augmentez MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/osm_file.py" />
            <location filename="../../core/outlets/overpass.py" />
            <source>No category chosen: choose at least one in CATEGORIES.</source>
            <translation>Aucune catégorie choisie : choisissez-en au moins une dans CATEGORIES.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>No category to fetch: choose at least one in CATEGORIES that the taxonomy defines.</source>
            <translation>Aucune catégorie à récupérer : choisissez-en au moins une dans CATEGORIES que la nomenclature définit.</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>No outlet has a usable geometry.</source>
            <translation>Aucun commerce n'a de géométrie utilisable.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>No outlet is left in the scenario: 'Closing outlets (expression)' closes every outlet and no outlet of 'Proposed outlets' lies within {max_snap:g} m of the street network.</source>
            <translation>Aucun commerce ne reste dans le scénario : « Commerces qui ferment (expression) » ferme tous les commerces et aucun commerce de « Commerces proposés » n'est à moins de {max_snap:g} m du réseau de rues.</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>No outlet is left: the outlet filter matches none, or the outlets have no geometry.</source>
            <translation>Il ne reste aucun commerce : le filtre n'en retient aucun, ou les commerces n'ont pas de géométrie.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>No outlet lies within {max_snap:g} m of the street network: check that the network covers the outlets' area, or raise MAX_SNAP.</source>
            <translation>Aucun commerce n'est à moins de {max_snap:g} m du réseau viaire : vérifiez que le réseau couvre la zone des commerces, ou augmentez MAX_SNAP.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>No outlet of the chosen categories in this extent: the output layer is empty. Check the extent, the categories or the OSM file.</source>
            <translation>Aucun commerce des catégories choisies dans cette emprise : la couche résultat est vide. Vérifiez l'emprise, les catégories ou le fichier OSM.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>No priority neighbourhood matches {filters} among the {total} of the QPV file. Check the codes (INSEE commune codes, SIREN codes of EPCI) or the extent; the commune may have no QPV.</source>
            <translation>Aucun quartier prioritaire ne correspond à {filters} parmi les {total} du fichier des QPV. Vérifiez les codes (codes Insee des communes, codes Siren des EPCI) ou l'emprise ; la commune n'a peut-être pas de QPV.</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>No public transport runs on the chosen date:
{feeds}
Choose a DATE inside the feed's dates.</source>
            <translation>Aucun transport en commun ne circule à la date choisie :
{feeds}
Choisissez une date (DATE) comprise dans les dates du flux.</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>No public transport vehicle departs during the departure window ({start} to {end}; {source}): transit can only help by waiting for a later vehicle, and the times are mostly those of walking alone. Choose a DEPARTURE within the service hours, or another DATE.</source>
            <translation>Aucun véhicule de transport en commun ne part pendant la fenêtre de départ ({start} à {end} ; {source}) : le transport en commun ne peut aider qu'en attendant un véhicule plus tard, et les temps sont surtout ceux de la marche seule. Choisissez un DEPARTURE dans les heures de service, ou une autre DATE.</translation>
        </message>
        <message>
            <location filename="../../core/walk/network.py" />
            <source>No walkable way in {path}: is it an OSM extract with streets?</source>
            <translation>Aucune voie praticable à pied dans {path} : est-ce bien un extrait OSM avec des rues ?</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>None of the 'Proposed outlets' has a usable geometry.</source>
            <translation>Aucun des « Commerces proposés » n'a de géométrie utilisable.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>None of the features of the AREAS layer has a geometry: give polygons, or leave AREAS empty.</source>
            <translation>Aucune entité de la couche AREAS n'a de géométrie : donnez des polygones, ou laissez AREAS vide.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>None of the origins lies in an area of AREAS: check that the two layers cover the same place (and that their CRS are right).</source>
            <translation>Aucune origine ne se trouve dans une zone de AREAS : vérifiez que les deux couches couvrent le même territoire (et que leurs SCR sont justes).</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>None of the {count} features of the AREAS layer has a geometry: nothing to classify. Use a polygon layer whose features have their shapes.</source>
            <translation>Aucune des {count} entités de la couche AREAS n'a de géométrie : rien à classer. Utilisez une couche de polygones dont les entités ont leur forme.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>None of the {count} features of the ORIGINS layer has a geometry: no access can be measured. Give a layer of points or polygons with their geometries.</source>
            <translation>Aucune des {count} entités de la couche ORIGINS n'a de géométrie : aucun accès ne peut être mesuré. Donnez une couche de points ou de polygones avec leurs géométries.</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>None of the {count} origins of the ACCESS layer lies in an area of AREAS: every area would have no population. Check that the two layers cover the same place (and that their CRS are right).</source>
            <translation>Aucune des {count} origines de la couche ACCESS n'est dans une zone de AREAS : toutes les zones seraient sans population. Vérifiez que les deux couches couvrent le même lieu (et que leurs SCR sont justes).</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>None of the {count} outlets of OUTLETS lies in an area or within {buffer} m of one: every count is 0. Check that OUTLETS covers the same place as AREAS (and that their CRS are right).</source>
            <translation>Aucun des {count} commerces de OUTLETS n'est dans une zone ni à moins de {buffer} m d'une zone : tous les comptes valent 0. Vérifiez que OUTLETS couvre le même lieu que AREAS (et que leurs SCR sont justes).</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>None of the {count} polygons of PRIORITY_AREAS overlaps an area: no area is a priority area. Check that PRIORITY_AREAS covers the same place as AREAS (and that their CRS are right).</source>
            <translation>Aucun des {count} polygones de PRIORITY_AREAS ne recouvre une zone : aucune zone n'est un quartier prioritaire. Vérifiez que PRIORITY_AREAS couvre le même lieu que AREAS (et que leurs SCR sont justes).</translation>
        </message>
        <message>
            <location filename="../../core/transit/access.py" />
            <source>None of the {count} public transport stops lies within {max_snap:g} m of the street network: do the timetables (GTFS feeds, or the OSM file's routes) cover the network's area?</source>
            <translation>Aucun des {count} arrêts de transport en commun n'est à moins de {max_snap:g} m du réseau de rues : les horaires (flux GTFS, ou lignes du fichier OSM) couvrent-ils la zone du réseau ?</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Not in edit mode: the first tag starts it.</source>
            <translation>Hors mode édition : la première étiquette l'active.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Number of people at each origin (Filosofi: Ind). Empty: each origin counts as one person.</source>
            <translation>Nombre de personnes à chaque origine (Filosofi : Ind). Vide : chaque origine compte pour une personne.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Number of sites</source>
            <translation>Nombre de sites</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>OUTPUT {path} is the file of an input layer: choose another file for the package.</source>
            <translation>OUTPUT {path} est le fichier d'une couche en entrée : choisissez un autre fichier pour le paquet.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>OVERPASS_URL must be an http(s) address such as {example}; got {url!r}.</source>
            <translation>OVERPASS_URL doit être une adresse http(s) telle que {example} ; reçu {url!r}.</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Off (default): refuse when the GeoPackage, its summary CSV or its README already exist. On: replace them.</source>
            <translation>Désactivé (par défaut) : refuser si le GeoPackage, son CSV de synthèse ou son README existent déjà. Activé : les remplacer.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Off: broken rows of a feed are skipped with a warning that counts them and names examples. On: any such problem stops the run.</source>
            <translation>Désactivé : les lignes erronées d'un flux sont ignorées avec un avertissement qui les compte et en cite des exemples. Activé : le moindre problème de ce type arrête le traitement.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>One area per outlet</source>
            <translation>Une zone par commerce</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>One departure every minute during this many minutes (R5's method); the results are their median and a percentile. Default 60.</source>
            <translation>Un départ chaque minute pendant ce nombre de minutes (méthode de R5) ; les résultats en sont la médiane et un centile. Par défaut 60.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>One layer in the outlet schema, in the CRS of the first layer: merged outlets have source osm+directory and the source ids joined with ';'.</source>
            <translation>Une couche au schéma des commerces, dans le SCR de la première couche : les commerces fusionnés ont la source osm+directory et les identifiants sources joints par « ; ».</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>One or several fields joined in the order given (e.g. street, postcode, city) into the address sent to the geocoder. Needed unless longitude and latitude fields are given.</source>
            <translation>Un ou plusieurs champs concaténés dans l'ordre donné (p. ex. voie, code postal, commune) pour former l'adresse envoyée au géocodeur. Nécessaires sauf si des champs de longitude et de latitude sont donnés.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>One polygon per travel-time band, dissolved over all outlets.</source>
            <translation>Un polygone par tranche de temps de trajet, fusionné sur tous les commerces.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>One row per change: change (new, closed, moved, renamed, recategorised, kept_hand_edit), source_id, name, before, after.</source>
            <translation>Une ligne par changement : change (new, closed, moved, renamed, recategorised, kept_hand_edit), source_id, name, before, after.</translation>
        </message>
        <message>
            <location filename="../../processing/styling.py" />
            <source>Only a valid vector layer can get a Food Access style.</source>
            <translation>Seule une couche vecteur valide peut recevoir un style Food Access.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Only {count} of the {k} sites add anyone: every other candidate reaches nobody left unserved (or lies within MIN_SPACING of a chosen site).</source>
            <translation>Seuls {count} des {k} sites ajoutent quelqu'un : aucun autre candidat n'atteint de personne encore non desservie (ou il est à moins de MIN_SPACING d'un site choisi).</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>Open the analysis model in the Model Designer</source>
            <translation>Ouvrir le modèle d'analyse dans le modeleur graphique</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>OpenStreetMap extract (.osm.pbf / .osm) with the outlets and the streets (e.g. from download.geofabrik.de). Empty: outlets from Overpass within the extent, streets from the street network.</source>
            <translation>Extrait OpenStreetMap (.osm.pbf / .osm) avec les commerces et les rues (par ex. depuis download.geofabrik.de). Vide : commerces d'Overpass dans l'emprise, rues du réseau viaire.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>OpenStreetMap file (.osm / .osm.pbf) instead of Overpass</source>
            <translation>Fichier OpenStreetMap (.osm / .osm.pbf) au lieu d'Overpass</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>OpenStreetMap file (outlets and streets)</source>
            <translation>Fichier OpenStreetMap (commerces et rues)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>OpenStreetMap files (*.osm *.pbf)</source>
            <translation>Fichiers OpenStreetMap (*.osm *.pbf)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <location filename="../../processing/model.py" />
            <source>OpenStreetMap files (*.pbf *.osm)</source>
            <translation>Fichiers OpenStreetMap (*.pbf *.osm)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Optional: the same figures per area as a table without geometry (one row per area), to open as a spreadsheet or join to other data. Skipped when left empty.</source>
            <translation>Facultatif : les mêmes chiffres par zone en table sans géométrie (une ligne par zone), à ouvrir comme un tableur ou à joindre à d'autres données. Ignoré s'il est laissé vide.</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_list_model.py" />
            <location filename="../../plugin/tagging_dock.py" />
            <source>Organic</source>
            <translation>Bio</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <location filename="../../processing/scenario.py" />
            <location filename="../../processing/suggest_sites.py" />
            <source>Origins</source>
            <translation>Origines</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Origins before and after</source>
            <translation>Origines avant et après</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Origins by status: {list}.</source>
            <translation>Origines par statut : {list}.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Origins with distance_m, time_min and status. Points count in the area that contains them; polygons (e.g. 200 m Filosofi cells) share their population between areas by overlap.</source>
            <translation>Origines avec distance_m, time_min et status. Les points comptent dans la zone qui les contient ; les polygones (p. ex. carreaux Filosofi de 200 m) répartissent leur population entre les zones selon leur recouvrement.</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>Outlet filter</source>
            <translation>Filtre des commerces</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Outlet layer</source>
            <translation>Couche de commerces</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Outlet layer (with category) for the counts by group and category and the mRFEI.</source>
            <translation>Couche de commerces (avec category) pour les comptages par groupe et par catégorie et le mRFEI.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Outlet layers</source>
            <translation>Couches de commerces</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>Outlet tagging panel</source>
            <translation>Panneau d'étiquetage des commerces</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <location filename="../../processing/base.py" />
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/export_package.py" />
            <location filename="../../processing/report.py" />
            <location filename="../../processing/scenario.py" />
            <location filename="../../processing/service_areas.py" />
            <source>Outlets</source>
            <translation>Commerces</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Outlets from OpenStreetMap, walking access from homes, service areas, food-desert classes by area and a print layout, in one run.</source>
            <translation>Commerces d'OpenStreetMap, accès à pied depuis les logements, zones de desserte, classes de désert alimentaire par zone et une mise en page, en une fois.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Outlets layer to update</source>
            <translation>Couche de commerces à mettre à jour</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Outlets not edited for 3 years (%)</source>
            <translation>Commerces non modifiés depuis 3 ans (%)</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Outlets of different layers closer than this (metres on the ground, whatever the layers' CRS) may be the same shop.</source>
            <translation>Des commerces de couches différentes plus proches que cela (mètres au sol, quel que soit le SCR des couches) peuvent être le même magasin.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Outlets that count (expression)</source>
            <translation>Commerces retenus (expression)</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Outlets that count for access and service areas, e.g. "category" = 'supermarket' (the USDA definition). Empty: every fetched outlet. The counts by category and the mRFEI use them all.</source>
            <translation>Commerces retenus pour l'accès et les zones de desserte, par ex. "category" = 'supermarket' (la définition de l'USDA). Vide : tous les commerces récupérés. Les comptages par catégorie et le mRFEI les utilisent tous.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Outlets that would open in the scenario (e.g. the output of 'Suggest sites for new outlets'): all of them count, the outlet filter does not apply.</source>
            <translation>Commerces qui ouvriraient dans le scénario (p. ex. la sortie de « Proposer des sites pour de nouveaux commerces ») : tous comptent, le filtre des commerces ne s'applique pas.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Outlets to check: not edited in OSM for (years)</source>
            <translation>Commerces à vérifier : non modifiés dans OSM depuis (ans)</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>Outlets with categories outside the taxonomy are not counted: {categories}.</source>
            <translation>Les commerces dont la catégorie n'est pas dans la nomenclature ne sont pas comptés : {categories}.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Outlets: symbol by category, marks for organic and local</source>
            <translation>Commerces : symbole par catégorie, marques pour bio et local</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Outline</source>
            <translation>Contour</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Overpass API URL</source>
            <translation>URL de l'API Overpass</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Overpass data as of {}.</source>
            <translation>Données Overpass au {}.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Overpass interpreter to query. Default: the main public instance (overpass-api.de); respect its usage policy (one query at a time, under 10,000 a day).</source>
            <translation>Interpréteur Overpass à interroger. Par défaut : l'instance publique principale (overpass-api.de) ; respectez ses conditions d'utilisation (une requête à la fois, moins de 10 000 par jour).</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Package (GeoPackage)</source>
            <translation>Paquet (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Parts of the network cut off from the rest with fewer nodes (intersections and dead ends) than this, such as a courtyard path or a private footway, are skipped when tying origins, outlets and stops to the nearest street, unless no other street lies within the maximum distance to the network. Default 40, as R5 and OpenTripPlanner prune islands; 0 ties every point to its nearest street.</source>
            <translation>Les parties du réseau coupées du reste qui ont moins de nœuds (intersections et impasses) que ce nombre, comme une allée de cour ou un chemin privé, sont écartées au rattachement des origines, des commerces et des arrêts à la rue la plus proche, sauf si aucune autre rue n'est à moins de la distance maximale au réseau. 40 par défaut, comme R5 et OpenTripPlanner élaguent les îlots ; 0 rattache chaque point à la rue la plus proche.</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>People farther than this many minutes (on foot, or door to door by public transport) from the nearest outlet have low access. Default 15 minutes (the plugin's walking preset).</source>
            <translation>Les personnes à plus de ce nombre de minutes (à pied, ou de porte à porte en transport en commun) du commerce le plus proche ont un accès faible. Par défaut 15 minutes (le préréglage marche de l'extension).</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>People living at each origin (Filosofi: Ind), the demand of access_2sfca. Empty: each origin counts as 1.</source>
            <translation>Habitants de chaque origine (Filosofi : Ind), la demande de access_2sfca. Vide : chaque origine compte pour 1.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/scenario.py" />
            <location filename="../../processing/suggest_sites.py" />
            <source>People living at each origin (Filosofi: Ind). Empty: each origin counts as 1.</source>
            <translation>Habitants de chaque origine (Filosofi : Ind). Vide : chaque origine compte pour 1.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>People within this walking distance or time of a site are reached by it. Default 10 (minutes).</source>
            <translation>Les personnes à moins de cette distance ou de ce temps de marche d'un site sont atteintes par lui. 10 (minutes) par défaut.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Pick on map</source>
            <translation>Choisir sur la carte</translation>
        </message>
        <message>
            <location filename="../../processing/base.py" />
            <source>Planning</source>
            <translation>Planification</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Point layer of outlets; follows the active layer when it has outlet fields</source>
            <translation>Couche de points de commerces ; suit la couche active si elle a les champs des commerces</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Points (EPSG:4326) in the outlet schema: category, subcategory, organic, local, name, brand, opening hours, address, last OSM edit, all tags, fetch time.</source>
            <translation>Points (EPSG:4326) au schéma des commerces : catégorie, sous-catégorie, bio, local, nom, enseigne, horaires d'ouverture, adresse, dernière modification OSM, tous les attributs, date de récupération.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Points (WGS 84) in the outlet schema, source=directory, plus geocode_score, geocode_label and geocode_type.</source>
            <translation>Points (WGS 84) au schéma des commerces, source=directory, plus geocode_score, geocode_label et geocode_type.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Points farther than this from the nearest street are not routed: their status says 'too far from network'. The straight leg to the street counts in the distance.</source>
            <translation>Les points plus loin que cela de la voie la plus proche ne sont pas routés : leur statut indique « too far from network ». Le trajet en ligne droite jusqu'à la voie compte dans la distance.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Polygons (e.g. a commune, the study area): their union bounds the query and outlets outside it are dropped. With an extent too, both apply.</source>
            <translation>Polygones (p. ex. une commune, la zone d'étude) : leur union borne la requête et les commerces hors de celle-ci sont écartés. Avec une emprise en plus, les deux s'appliquent.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Polygons to classify before and after: QPV, IRIS, quartiers, communes or a grid.</source>
            <translation>Polygones à classer avant et après : QPV, IRIS, quartiers, communes ou une grille.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Polygons to classify: QPV, IRIS, quartiers, communes or a grid.</source>
            <translation>Polygones à classer : QPV, IRIS, quartiers, communes ou carroyage.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Polygons to classify: quartiers, IRIS, QPV, communes or a grid.</source>
            <translation>Polygones à classer : quartiers, IRIS, QPV, communes ou une grille.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Polygons with threshold, unit, outlet_id and outlet_name (empty when dissolved); with walk + public transport also statistic (median or pNN) and transit_estimated.</source>
            <translation>Polygones avec threshold, unit, outlet_id et outlet_name (vides si regroupés) ; en marche + transport en commun, aussi statistic (médiane ou pNN) et transit_estimated.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/model.py" />
            <source>Population field</source>
            <translation>Champ de population</translation>
        </message>
        <message>
            <location filename="../../core/areas/site_choice.py" />
            <source>Populations and weights must be finite numbers ≥ 0.</source>
            <translation>Les populations et les poids doivent être des nombres finis ≥ 0.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Possible premises (empty shops, plots): the picks are chosen among them and keep their fields. Empty: the centres of a regular grid (GRID_SIZE) over AREAS, or over the origins without AREAS.</source>
            <translation>Locaux possibles (cellules commerciales vides, terrains) : les sites sont choisis parmi eux et gardent leurs champs. Vide : les centres d'une grille régulière (GRID_SIZE) sur AREAS, ou sur les origines sans AREAS.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/model.py" />
            <source>Priority areas (QPV)</source>
            <translation>Zones prioritaires (QPV)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Priority neighbourhoods</source>
            <translation>Quartiers prioritaires</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Priority neighbourhoods (QPV): areas mostly inside them are low income.</source>
            <translation>Quartiers prioritaires (QPV) : les zones surtout à l'intérieur ont des revenus faibles.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Priority neighbourhoods: outline and name</source>
            <translation>Quartiers prioritaires : contour et nom</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Proposed outlets</source>
            <translation>Commerces proposés</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Public transport timetables (GTFS)</source>
            <translation>Horaires de transport en commun (GTFS)</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>Public transport: {source}; {stops} stops and {connections} vehicle hops between {start} and {end}; departures every minute from {first} for {window} min.</source>
            <translation>Transport en commun : {source} ; {stops} arrêts et {connections} trajets de véhicule entre arrêts de {start} à {end} ; départs chaque minute à partir de {first} pendant {window} min.</translation>
        </message>
        <message>
            <location filename="../../processing/base.py" />
            <source>Publishing</source>
            <translation>Publication</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>QGIS cannot open the directory table {path}: save it as CSV (UTF-8 or Windows-1252, one header line) or as XLSX or ODS, and give that file in INPUT.</source>
            <translation>QGIS ne peut pas ouvrir la table de l'annuaire {path} : enregistrez-la en CSV (UTF-8 ou Windows-1252, une ligne d'en-tête) ou en XLSX ou ODS, et donnez ce fichier dans INPUT.</translation>
        </message>
        <message>
            <location filename="../../processing/network_settings.py" />
            <source>QGIS is set to use a SOCKS5 proxy, which needs the Python package PySocks in QGIS's Python (pip install PySocks; Debian/Ubuntu: apt install python3-socks). Install it and restart QGIS, or choose an HTTP proxy in Settings &gt; Options &gt; Network.</source>
            <translation>QGIS est réglé pour utiliser un proxy SOCKS5, qui demande le paquet Python PySocks dans le Python de QGIS (pip install PySocks ; Debian/Ubuntu : apt install python3-socks). Installez-le et redémarrez QGIS, ou choisissez un proxy HTTP dans Préférences &gt; Options &gt; Réseau.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>QPV file: {path} (downloaded from {url} on {stamp}).</source>
            <translation>Fichier des QPV : {path} (téléchargé depuis {url} le {stamp}).</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>README</source>
            <translation>README</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Read OpenStreetMap from this newer extract instead of Overpass. Outlets of the layer that the extract no longer has are closed, so give an extract covering the layer.</source>
            <translation>Lire OpenStreetMap dans cet extrait plus récent au lieu d'Overpass. Les commerces de la couche absents de l'extrait sont fermés : donnez un extrait qui couvre la couche.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Read the outlets from this extract with GDAL, without network (e.g. from download.geofabrik.de). Same categories, same output.</source>
            <translation>Lire les commerces dans cet extrait avec GDAL, sans réseau (p. ex. depuis download.geofabrik.de). Mêmes catégories, même résultat.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Read {path}: encoding {encoding}, separator '{separator}', {rows}.</source>
            <translation>Lu {path} : encodage {encoding}, séparateur « {separator} », {rows}.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Reading {}…</source>
            <translation>Lecture de {}…</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Redo the last undone edit of the layer</source>
            <translation>Rétablir la dernière modification annulée de la couche</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Refresh an outlets layer from OpenStreetMap or a directory, keeping what was tagged by hand.</source>
            <translation>Met à jour une couche de commerces depuis OpenStreetMap ou un annuaire, en gardant ce qui a été saisi à la main.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Refuse above this share of closures (%)</source>
            <translation>Refuser au-delà de cette part de fermetures (%)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/model.py" />
            <source>Repair invalid geometries</source>
            <translation>Réparer les géométries invalides</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Replace existing files</source>
            <translation>Remplacer les fichiers existants</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Report (print layout)</source>
            <translation>Rapport (mise en page)</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Report as PDF</source>
            <translation>Rapport en PDF</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Report: print layout of the results</source>
            <translation>Rapport : mise en page des résultats</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Reported besides the median (field time_pNN): e.g. 80 means 4 departures in 5 are at least this fast. Default 80.</source>
            <translation>Donné en plus de la médiane (champ time_pNN) : p. ex. 80 signifie que 4 départs sur 5 sont au moins aussi rapides. Par défaut 80.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Reuse a cached Overpass answer</source>
            <translation>Réutiliser une réponse Overpass en cache</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Reuse the answer to the same query on the same server if it is less than 7 days old (cached in the QGIS profile, cache/foodaccess). fetched_at tells when it was fetched.</source>
            <translation>Réutiliser la réponse à la même requête sur le même serveur si elle date de moins de 7 jours (en cache dans le profil QGIS, cache/foodaccess). fetched_at indique quand elle a été obtenue.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Row {row} not placed: {reason}.</source>
            <translation>Ligne {row} non placée : {reason}.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Rural threshold (overrides the preset)</source>
            <translation>Seuil rural (remplace celui du préréglage)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>SIREN codes of intercommunalities, e.g. 200054807 for Aix-Marseille-Provence.</source>
            <translation>Codes Siren des intercommunalités, p. ex. 200054807 pour Aix-Marseille-Provence.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Save edits</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Scenario: open or close outlets</source>
            <translation>Scénario : ouvrir ou fermer des commerces</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Scenario: {added}, {removed}. {gaining:,.0f} people come within {threshold:g} {unit} of an outlet, {losing:,.0f} fall beyond; people beyond the threshold: {before:,.0f} before, {after:,.0f} after ({change:+,.0f}).</source>
            <translation>Scénario : {added}, {removed}. {gaining:,.0f} personnes passent à moins de {threshold:g} {unit} d'un commerce, {losing:,.0f} passent au-delà ; personnes au-delà du seuil : {before:,.0f} avant, {after:,.0f} après ({change:+,.0f}).</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Search a name</source>
            <translation>Chercher un nom</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Select one or more outlets first, in the list or on the map.</source>
            <translation>Sélectionnez d'abord un ou plusieurs commerces, dans la liste ou sur la carte.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Select outlets here or on the map (the two stay in step); double-click to show one on the map</source>
            <translation>Sélectionnez les commerces ici ou sur la carte (les deux restent synchronisées) ; double-cliquez pour en montrer un sur la carte</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Select outlets in the list or on the map.</source>
            <translation>Sélectionnez des commerces dans la liste ou sur la carte.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Sells local produce.</source>
            <translation>Vend des produits locaux.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Sells organic food.</source>
            <translation>Vend des produits bio.</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <location filename="../../processing/model.py" />
            <location filename="../../processing/report.py" />
            <location filename="../../processing/service_areas.py" />
            <source>Service areas</source>
            <translation>Zones de desserte</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Service areas (minutes)</source>
            <translation>Zones de desserte (minutes)</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Set category</source>
            <translation>Définir la catégorie</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Set category {category} on {count} outlet</source>
            <translation>Mettre la catégorie {category} sur {count} commerce</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Set category {category} on {count} outlets</source>
            <translation>Mettre la catégorie {category} sur {count} commerces</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Set the category of the selected outlets to Supermarket</source>
            <translation>Mettre la catégorie Supermarché sur les commerces sélectionnés</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Set the chosen category on the selected outlets</source>
            <translation>Mettre la catégorie choisie sur les commerces sélectionnés</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Sets local=true on every outlet (a directory of local producers). Categories that imply it (farm shop) set it anyway.</source>
            <translation>Met local=true sur tous les commerces (annuaire de producteurs locaux). Les catégories qui l'impliquent (vente à la ferme) le mettent de toute façon.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Sets organic=true on every outlet. Categories that imply it (organic shop) set it anyway.</source>
            <translation>Met organic=true sur tous les commerces. Les catégories qui l'impliquent (magasin bio) le mettent de toute façon.</translation>
        </message>
        <message>
            <location filename="../../processing/report_layout.py" />
            <source>Share beyond (%)</source>
            <translation>Part au-delà (%)</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>Show or hide the panel to tag outlets: category, local, organic</source>
            <translation>Afficher ou masquer le panneau d'étiquetage des commerces : catégorie, local, bio</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>Show the Food Access algorithms in the Processing toolbox</source>
            <translation>Afficher les algorithmes Food Access dans la boîte à outils de traitements</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Show the outlets of one category (the number of outlets in brackets)</source>
            <translation>Afficher les commerces d'une catégorie (le nombre de commerces entre parenthèses)</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Show the outlets whose name contains this text (case and accents ignored)</source>
            <translation>Afficher les commerces dont le nom contient ce texte (casse et accents ignorés)</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Site {rank}: {gain:,.0f} more people within the threshold ({reached:,.0f} within it in all).</source>
            <translation>Site {rank} : {gain:,.0f} personnes de plus sous le seuil ({reached:,.0f} sous le seuil en tout).</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Smallest part of the network to tie points to (nodes)</source>
            <translation>Plus petite partie du réseau où rattacher les points (nœuds)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Source URL</source>
            <translation>URL de la source</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Stop on any GTFS problem</source>
            <translation>Arrêter au moindre problème GTFS</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>Straight legs from the origins to the street network (snap_m): {percentile}th percentile {leg:.0f} m, longest {longest:.0f} m.</source>
            <translation>Segments droits des origines au réseau viaire (snap_m) : {percentile}e centile {leg:.0f} m, le plus long {longest:.0f} m.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <location filename="../../processing/model.py" />
            <source>Straight line (geodesic, USDA method)</source>
            <translation>Ligne droite (géodésique, méthode USDA)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Straight line: geodesic distance, as the USDA Food Access Research Atlas (no network needed). Walk: shortest walking distance on the street network. Walk + public transport: door-to-door times over a departure window with the GTFS timetables (or OSM bus routes, as estimates).</source>
            <translation>Ligne droite : distance géodésique, comme le Food Access Research Atlas de l'USDA (sans réseau). Marche : plus courte distance à pied sur le réseau viaire. Marche + transport en commun : temps de porte à porte sur une fenêtre de départs avec les horaires GTFS (ou les lignes de bus OSM, en estimation).</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Street lines (e.g. IGN BD TOPO troncons) when no OpenStreetMap file is given.</source>
            <translation>Lignes des rues (par ex. tronçons de la BD TOPO de l'IGN) quand aucun fichier OpenStreetMap n'est donné.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Street network (OSM file)</source>
            <translation>Réseau viaire (fichier OSM)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Street network (line layer)</source>
            <translation>Réseau viaire (couche de lignes)</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Street network (without OpenStreetMap file)</source>
            <translation>Réseau viaire (sans fichier OpenStreetMap)</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>Street network: {nodes} nodes, {edges} edges, {km:.1f} km{cached}; {islands} connected parts (the largest holds {share:.1f} % of the length); {dropped} zero-length pieces dropped.</source>
            <translation>Réseau viaire : {nodes} nœuds, {edges} arcs, {km:.1f} km{cached} ; {islands} parties connexes (la plus grande porte {share:.1f} % de la longueur) ; {dropped} tronçons de longueur nulle écartés.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Style</source>
            <translation>Style</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Style the classified areas</source>
            <translation>Styler les zones classées</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Style the outlets</source>
            <translation>Styler les commerces</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Styled layer</source>
            <translation>Couche mise en forme</translation>
        </message>
        <message>
            <location filename="../../processing/base.py" />
            <source>Styling</source>
            <translation>Mise en forme</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Suggest sites for new outlets</source>
            <translation>Proposer des sites pour de nouveaux commerces</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Suggested sites</source>
            <translation>Sites proposés</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Suggesting sites works on foot only: set MODE to 1 (walk on the street network); straight-line and public transport catchments are not available yet.</source>
            <translation>La proposition de sites ne fonctionne qu'à pied : mettez MODE à 1 (marche sur le réseau de rues) ; les zones de chalandise en ligne droite et en transports en commun ne sont pas encore disponibles.</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Summary (CSV)</source>
            <translation>Synthèse (CSV)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Summary table</source>
            <translation>Tableau récapitulatif</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Supermarket</source>
            <translation>Supermarché</translation>
        </message>
        <message>
            <location filename="../../core/walk/settings.py" />
            <source>THRESHOLDS must be positive numbers separated by commas, e.g. 5,10,15 (got '{text}').</source>
            <translation>THRESHOLDS doit contenir des nombres positifs séparés par des virgules, p. ex. 5,10,15 (reçu « {text} »).</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>TIMEOUT must be a positive number of seconds.</source>
            <translation>TIMEOUT doit être un nombre de secondes positif.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Tag the selected outlets</source>
            <translation>Étiqueter les commerces sélectionnés</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Tag {count} outlet as local</source>
            <translation>Marquer {count} commerce comme local</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Tag {count} outlet as organic</source>
            <translation>Marquer {count} commerce comme bio</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Tag {count} outlets as local</source>
            <translation>Marquer {count} commerces comme locaux</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Tag {count} outlets as organic</source>
            <translation>Marquer {count} commerces comme bio</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Taxonomy</source>
            <translation>Nomenclature</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Taxonomy categories to fetch. Default: every healthy-food category; the less-healthy ones (fast food, confectionery, alcohol) are for food-swamp ratios. With a custom taxonomy file, the chosen ids it defines are used, plus the categories it adds with "default": true.</source>
            <translation>Catégories de la nomenclature à récupérer. Par défaut : toutes les catégories d'alimentation saine ; les moins saines (restauration rapide, confiserie, alcool) servent aux ratios de marais alimentaires. Avec un fichier de nomenclature personnalisé, les identifiants choisis qu'il définit sont utilisés, plus les catégories qu'il ajoute avec "default": true.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <location filename="../../processing/merge_outlets.py" />
            <source>Taxonomy file</source>
            <translation>Fichier de nomenclature</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Taxonomy file (JSON)</source>
            <translation>Fichier de nomenclature (JSON)</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: category #{index} has no "id".</source>
            <translation>Nomenclature {where} : la catégorie n° {index} n'a pas d'« id ».</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: category #{index} is not an object.</source>
            <translation>Nomenclature {where} : la catégorie n° {index} n'est pas un objet.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: category '{category}' has a tag rule without key and value: {rule!r}.</source>
            <translation>Nomenclature {where} : la catégorie « {category} » a une règle d'attribut sans clé ni valeur : {rule!r}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: category '{category}' has group {group!r}; use one of {groups}.</source>
            <translation>Nomenclature {where} : la catégorie « {category} » a le groupe {group!r} ; utilisez l'un de {groups}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: category '{category}' has no tag rule.</source>
            <translation>Nomenclature {where} : la catégorie « {category} » n'a aucune règle d'attribut.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: category '{category}' is listed twice.</source>
            <translation>Nomenclature {where} : la catégorie « {category} » figure deux fois.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: category '{category}' needs a label with at least an "en" text.</source>
            <translation>Nomenclature {where} : la catégorie « {category} » doit avoir un libellé (label) avec au moins un texte « en ».</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: expected an object with a "categories" list.</source>
            <translation>Nomenclature {where} : un objet avec une liste « categories » est attendu.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: flag '{flag}' has a rule without key and values list: {rule!r}.</source>
            <translation>Nomenclature {where} : l'indicateur « {flag} » a une règle sans clé ni liste de valeurs : {rule!r}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Taxonomy {where}: no category defined.</source>
            <translation>Nomenclature {where} : aucune catégorie définie.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Temporary layer: its tags are lost when QGIS closes unless you save it (right-click the layer ▸ Make Permanent…).</source>
            <translation>Couche temporaire : ses marquages sont perdus à la fermeture de QGIS si vous ne l'enregistrez pas (clic droit sur la couche ▸ Convertir en couche permanente…).</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The ACCESS layer has no feature: run 'Access to the nearest outlet' first.</source>
            <translation>La couche ACCESS n'a aucune entité : lancez d'abord « Accès au commerce le plus proche ».</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The ACCESS layer has no field {field} (POPULATION_FIELD): choose one of its fields ({fields}), or leave POPULATION_FIELD empty to count each origin as one person.</source>
            <translation>La couche ACCESS n'a pas de champ {field} (POPULATION_FIELD) : choisissez l'un de ses champs ({fields}), ou laissez POPULATION_FIELD vide pour compter chaque origine comme une personne.</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The ACCESS layer has no field {field}: use the output of 'Access to the nearest outlet' (or a layer with {field} in {unit}).</source>
            <translation>La couche ACCESS n'a pas de champ {field} : utilisez le résultat de « Accès au commerce le plus proche » (ou une couche avec {field} en {unit}).</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>The AREA layer has no polygon (or none selected): give polygons, or leave AREA empty and use EXTENT.</source>
            <translation>La couche AREA n'a aucun polygone (ou aucun sélectionné) : donnez des polygones, ou laissez AREA vide et utilisez EXTENT.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/osm_builder.py" />
            <source>The AREA layer has no usable polygon: give polygons that are not empty.</source>
            <translation>La couche AREA n'a aucun polygone utilisable : donnez des polygones non vides.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>The AREAS layer cannot be read: choose the classified areas.</source>
            <translation>La couche AREAS est illisible : choisissez les zones classées.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The AREAS layer has no feature: nothing to classify.</source>
            <translation>La couche AREAS n'a aucune entité : rien à classer.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>The AREAS layer has no field class: choose the output of 'Classify food access by area'.</source>
            <translation>La couche AREAS n'a pas de champ class : choisissez la sortie de « Classer l'accès à l'alimentation par zone ».</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The AREAS layer's coordinates do not fit its CRS {crs} (extent {extent}): set the layer's right CRS (Layer Properties ▸ Source) and run again.</source>
            <translation>Les coordonnées de la couche AREAS ne correspondent pas à son SCR {crs} (emprise {extent}) : donnez à la couche son vrai SCR (Propriétés de la couche ▸ Source) et relancez.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>The DIRECTORY layer has no field source_id: give a layer written by importdirectory.</source>
            <translation>La couche DIRECTORY n'a pas de champ source_id : donnez une couche écrite par importdirectory.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/osm_builder.py" />
            <location filename="../../processing/fetch_outlets.py" />
            <source>The EXTENT and the AREA do not overlap: give one of them, or both overlapping.</source>
            <translation>L'emprise (EXTENT) et la zone (AREA) ne se recouvrent pas : donnez l'une des deux, ou deux qui se recouvrent.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The EXTENT is empty: draw or choose an extent with a width and a height.</source>
            <translation>L'emprise (EXTENT) est vide : dessinez ou choisissez une emprise qui a une largeur et une hauteur.</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>The Food Access plugin folder is named '{name}' instead of '{expected}' (as in a ZIP downloaded from the code repository). It works, but the plugin manager cannot update it and would install a second copy beside it: delete the folder {folder}, install Food Access from the plugin repository (Plugins &gt; Manage and Install Plugins) and restart QGIS.</source>
            <translation>Le dossier de l'extension Food Access s'appelle « {name} » au lieu de « {expected} » (comme dans un ZIP téléchargé depuis le dépôt de code). Elle fonctionne, mais le gestionnaire d'extensions ne peut pas la mettre à jour et en installerait une seconde copie à côté : supprimez le dossier {folder}, installez Food Access depuis le dépôt d'extensions (Extensions &gt; Installer/Gérer les extensions) et redémarrez QGIS.</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>The GTFS feed has problems and STRICT is on:
{problems}
Fix the feed, or turn STRICT off to skip the broken rows with a warning.</source>
            <translation>Le flux GTFS comporte des problèmes et STRICT est activé :
{problems}
Corrigez le flux, ou désactivez STRICT pour ignorer les lignes défectueuses avec un avertissement.</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>The GTFS file {path} does not exist.</source>
            <translation>Le fichier GTFS {path} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>The GeoJSON from {where} is not in the QPV 2024 schema: it lacks {missing} (found: {found}).</source>
            <translation>Le GeoJSON de {where} n'est pas au schéma des QPV 2024 : il lui manque {missing} (trouvé : {found}).</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>The GeoJSON resource (or ZIP holding it) of the ANCT dataset 'Quartiers prioritaires de la politique de la ville (QPV)' on data.gouv.fr.</source>
            <translation>La ressource GeoJSON (ou le ZIP qui la contient) du jeu de données de l'ANCT « Quartiers prioritaires de la politique de la ville (QPV) » sur data.gouv.fr.</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>The GeoPackage to write. Beside it: &lt;name&gt;_summary.csv (one row per fact of each layer) and &lt;name&gt;_README.md (method, sources and licences, in English and French).</source>
            <translation>Le GeoPackage à écrire. À côté : &lt;nom&gt;_summary.csv (une ligne par donnée de chaque couche) et &lt;nom&gt;_README.md (méthode, sources et licences, en anglais et en français).</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The LOW_INCOME expression gives NULL for {count} of {total} areas: its income is not assessed, it cannot be a food desert.</source>
            <translation>L'expression LOW_INCOME donne NULL pour {count} zone sur {total} : ses revenus ne sont pas évalués, elle ne peut pas être un désert alimentaire.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The LOW_INCOME expression gives NULL for {count} of {total} areas: their income is not assessed, they cannot be food deserts.</source>
            <translation>L'expression LOW_INCOME donne NULL pour {count} zones sur {total} : leurs revenus ne sont pas évalués, elles ne peuvent pas être des déserts alimentaires.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/osm_file.py" />
            <source>The OSM file {path!r} does not exist: give an existing .osm or .osm.pbf file in OSM_FILE.</source>
            <translation>Le fichier OSM {path!r} n'existe pas : donnez un fichier .osm ou .osm.pbf existant dans OSM_FILE.</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>The OSM file {path} does not exist.</source>
            <translation>Le fichier OSM {path} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../core/areas/outlet_counts.py" />
            <source>The OUTLETS layer has no field 'category': use a Food Access outlet layer.</source>
            <translation>La couche OUTLETS n'a pas de champ « category » : utilisez une couche de commerces Food Access.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The Overpass server {url} answered HTTP {status}: {text}</source>
            <translation>Le serveur Overpass {url} a répondu HTTP {status} : {text}</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The Overpass server {url} asks this computer to wait {seconds} s before its next query (HTTP 429, rate limited). Try again after that time, use another Overpass instance (OVERPASS_URL), or read an OSM extract with OSM_FILE.</source>
            <translation>Le serveur Overpass {url} demande à cet ordinateur d'attendre {seconds} s avant sa prochaine requête (HTTP 429, débit limité). Réessayez après ce délai, utilisez une autre instance Overpass (OVERPASS_URL) ou lisez un extrait OSM avec OSM_FILE.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The Overpass server {url} did not answer with Overpass JSON (is OVERPASS_URL an Overpass interpreter?): {text}</source>
            <translation>Le serveur Overpass {url} n'a pas répondu en JSON Overpass (OVERPASS_URL est-elle un interpréteur Overpass ?) : {text}</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The Overpass server {url} gave up on the query (HTTP 504 Gateway Timeout). The extent is probably too large or the server too busy: query a smaller EXTENT or AREA, raise TIMEOUT (now {timeout} s), try again later, or read an OSM extract with OSM_FILE.</source>
            <translation>Le serveur Overpass {url} a abandonné la requête (HTTP 504 Gateway Timeout). L'emprise est sans doute trop grande ou le serveur trop chargé : interrogez une emprise (EXTENT) ou une zone (AREA) plus petite, augmentez TIMEOUT (actuellement {timeout} s), réessayez plus tard ou lisez un extrait OSM avec OSM_FILE.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The Overpass server {url} gave up on the query (Overpass: {remark}). The extent is probably too large or the server too busy: query a smaller EXTENT or AREA, raise TIMEOUT (now {timeout} s), try again later, or read an OSM extract with OSM_FILE.</source>
            <translation>Le serveur Overpass {url} a abandonné la requête (Overpass : {remark}). L'emprise est sans doute trop grande ou le serveur trop chargé : interrogez une emprise (EXTENT) ou une zone (AREA) plus petite, augmentez TIMEOUT (actuellement {timeout} s), réessayez plus tard ou lisez un extrait OSM avec OSM_FILE.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The Overpass server {url} gave up on the query (no answer within {seconds} s). The extent is probably too large or the server too busy: query a smaller EXTENT or AREA, raise TIMEOUT (now {timeout} s), try again later, or read an OSM extract with OSM_FILE.</source>
            <translation>Le serveur Overpass {url} a abandonné la requête (pas de réponse en {seconds} s). L'emprise est sans doute trop grande ou le serveur trop chargé : interrogez une emprise (EXTENT) ou une zone (AREA) plus petite, augmentez TIMEOUT (actuellement {timeout} s), réessayez plus tard ou lisez un extrait OSM avec OSM_FILE.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The Overpass server {url} still refuses queries from this computer (HTTP 429, rate limited) after {attempts} attempts. Wait a few minutes before trying again, use another Overpass instance (OVERPASS_URL), or read an OSM extract with OSM_FILE.</source>
            <translation>Le serveur Overpass {url} refuse toujours les requêtes de cet ordinateur (HTTP 429, débit limité) après {attempts} tentatives. Attendez quelques minutes avant de réessayer, utilisez une autre instance Overpass (OVERPASS_URL) ou lisez un extrait OSM avec OSM_FILE.</translation>
        </message>
        <message>
            <location filename="../../plugin/plugin.py" />
            <source>The Processing toolbox is not available: enable the Processing plugin.</source>
            <translation>La boîte à outils de traitements n'est pas disponible : activez l'extension Processing.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>The QPV polygons with their official fields: code_qp, lib_qp, insee_com, lib_com, siren_epci...</source>
            <translation>Les polygones des QPV avec leurs champs officiels : code_qp, lib_qp, insee_com, lib_com, siren_epci...</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The URBAN expression gives NULL for {count} area: it is treated as urban.</source>
            <translation>L'expression URBAN donne NULL pour {count} zone : elle est traitée comme urbaine.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The URBAN expression gives NULL for {count} areas: they are treated as urban.</source>
            <translation>L'expression URBAN donne NULL pour {count} zones : elles sont traitées comme urbaines.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>The USDA measures the distance to the nearest supermarket, but the nearest outlets of the ACCESS layer include {categories}: filter the outlets to supermarkets in 'Access to the nearest outlet' to follow the USDA definition.</source>
            <translation>L'USDA mesure la distance au supermarché le plus proche, mais les commerces les plus proches de la couche ACCESS comprennent {categories} : ne gardez que les supermarchés dans « Accès au commerce le plus proche » pour suivre la définition de l'USDA.</translation>
        </message>
        <message>
            <location filename="../../processing/styling.py" />
            <source>The access style needs a valid layer with the field {field} (an output of Access to the nearest outlet).</source>
            <translation>Le style d'accès demande une couche valide avec le champ {field} (un résultat de « Accès au commerce le plus proche »).</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>The analysis in one GeoPackage with styles, forms and metadata, a summary CSV and a README.</source>
            <translation>L'analyse dans un GeoPackage avec styles, formulaires et métadonnées, un CSV de synthèse et un README.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The answer of {url} has no 'elements' list: is OVERPASS_URL an Overpass interpreter (…/api/interpreter)?</source>
            <translation>La réponse de {url} n'a pas de liste « elements » : OVERPASS_URL est-elle un interpréteur Overpass (…/api/interpreter) ?</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The answer of {url} is not Overpass JSON: element {number} of {total} is malformed ({problem}: {element}). Query again later, use another Overpass instance (OVERPASS_URL), or read an OSM extract with OSM_FILE.</source>
            <translation>La réponse de {url} n'est pas du JSON Overpass : l'élément {number} sur {total} est mal formé ({problem} : {element}). Relancez la requête plus tard, utilisez une autre instance Overpass (OVERPASS_URL) ou lisez un extrait OSM avec OSM_FILE.</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>The archive downloaded from {url} holds no .geojson file.</source>
            <translation>L'archive téléchargée depuis {url} ne contient aucun fichier .geojson.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>The areas with pop_total, pop_low_access, share_low_access, median_time_min, outlet counts, mRFEI, class and reason.</source>
            <translation>Les zones avec pop_total, pop_low_access, share_low_access, median_time_min, les comptages de commerces, le mRFEI, class et reason.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>The areas with their fields plus pop_total, pop_low_before, pop_low_after, pop_low_change, share_low_before, share_low_after, class_before, class_after and change (fewer_beyond, more_beyond, unchanged).</source>
            <translation>Les zones avec leurs champs, plus pop_total, pop_low_before, pop_low_after, pop_low_change, share_low_before, share_low_after, class_before, class_after et change (fewer_beyond, more_beyond, unchanged).</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>The areas with their population, share beyond the threshold, outlet counts, mRFEI and class.</source>
            <translation>Les zones avec leur population, la part au-delà du seuil, le nombre de commerces, le mRFEI et la classe.</translation>
        </message>
        <message>
            <location filename="../../core/walk/service_areas.py" />
            <source>The buffer width must be greater than zero.</source>
            <translation>La largeur du tampon doit être supérieure à zéro.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The category mapping {path} needs a header line with the columns label and category (and optionally subcategory); it has: {fields}.</source>
            <translation>Le fichier de correspondance des catégories {path} doit avoir une ligne d'en-tête avec les colonnes label et category (et, au besoin, subcategory) ; il a : {fields}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The category mapping {path}, line {line}: '{category}' is not a taxonomy category; use one of: {categories}.</source>
            <translation>Fichier de correspondance des catégories {path}, ligne {line} : « {category} » n'est pas une catégorie de la nomenclature ; utilisez l'une de : {categories}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The category mapping {path}, line {line}: the label '{label}' is already mapped to {category}.</source>
            <translation>Fichier de correspondance des catégories {path}, ligne {line} : le libellé « {label} » est déjà associé à {category}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The category mapping {path}, line {line}: the label is empty.</source>
            <translation>Fichier de correspondance des catégories {path}, ligne {line} : le libellé est vide.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>The chosen sites with the candidate's fields plus rank (1 first), gain_people (people newly within the threshold thanks to this site, after the sites ranked before it), gain_weighted (the same, weighted), people_reached (everyone within the threshold of the site) and total_gain_people.</source>
            <translation>Les sites choisis avec les champs du candidat, plus rank (1 d'abord), gain_people (personnes nouvellement sous le seuil grâce à ce site, après les sites mieux classés), gain_weighted (idem, pondéré), people_reached (toutes les personnes sous le seuil du site) et total_gain_people.</translation>
        </message>
        <message>
            <location filename="../../core/areas/classify.py" />
            <source>The custom preset needs a THRESHOLD (and a UNIT: metres or minutes).</source>
            <translation>Le préréglage personnalisé demande un seuil THRESHOLD (et une unité UNIT : mètres ou minutes).</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>The day whose timetable is used. Empty: the first Tuesday on which every feed runs.</source>
            <translation>Le jour dont les horaires sont utilisés. Vide : le premier mardi où tous les flux circulent.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The directory has a header line ({fields}) but no row: OUTPUT and UNMATCHED are empty. Check that INPUT is the right file (or sheet).</source>
            <translation>L'annuaire a une ligne d'en-tête ({fields}) mais aucune ligne : OUTPUT et UNMATCHED sont vides. Vérifiez que INPUT est le bon fichier (ou la bonne feuille).</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The directory has no field '{name}'; its fields are: {fields}.</source>
            <translation>L'annuaire n'a pas de champ « {name} » ; ses champs sont : {fields}.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The directory table {path} does not exist: give an existing file in INPUT.</source>
            <translation>La table d'annuaire {path} n'existe pas : donnez un fichier existant dans INPUT.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The directory {path} is empty: expected a header line and one line per outlet. Save the table again with its header line and rows, and import that file.</source>
            <translation>L'annuaire {path} est vide : il faut une ligne d'en-tête et une ligne par commerce. Enregistrez de nouveau la table avec sa ligne d'en-tête et ses lignes, et importez ce fichier.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The directory {path} is not in the encoding {encoding} ({error}). Leave ENCODING on automatic detection or choose the encoding the file was saved in.</source>
            <translation>L'annuaire {path} n'est pas dans l'encodage {encoding} ({error}). Laissez ENCODING en détection automatique ou choisissez l'encodage dans lequel le fichier a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The directory's own category label. It is mapped to a taxonomy category by the mapping file, else by a taxonomy id or label ("bakery", "Boulangerie"). Unmapped labels are listed in the log and the outlet keeps an empty category.</source>
            <translation>Le libellé de catégorie propre à l'annuaire. Il est associé à une catégorie de la nomenclature par le fichier de correspondance, sinon par un identifiant ou un libellé de la nomenclature (« bakery », « Boulangerie »). Les libellés sans correspondance sont listés dans le journal et le commerce garde une catégorie vide.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The directory: a CSV file (its encoding and separator are detected) or any table QGIS opens (XLSX, ODS, GeoPackage…). One row per outlet.</source>
            <translation>L'annuaire : un fichier CSV (son encodage et son séparateur sont détectés) ou toute table que QGIS ouvre (XLSX, ODS, GeoPackage…). Une ligne par commerce.</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>The document from {where} is not a GeoJSON FeatureCollection.</source>
            <translation>Le document de {where} n'est pas une FeatureCollection GeoJSON.</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>The download from {url} broke off: {error}. Try again.</source>
            <translation>Le téléchargement depuis {url} s'est interrompu : {error}. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>The edits of '{name}' could not be saved: {errors}</source>
            <translation>Les modifications de « {name} » n'ont pas pu être enregistrées : {errors}</translation>
        </message>
        <message>
            <location filename="../../core/transit/osm_routes.py" />
            <source>The estimated headway and speed of OSM routes must be positive (got {headway:g} min, {speed:g} km/h).</source>
            <translation>L'intervalle et la vitesse estimés des lignes OSM doivent être positifs (reçu {headway:g} min, {speed:g} km/h).</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The field holding the outlet's name.</source>
            <translation>Le champ qui porte le nom du commerce.</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The field {field} of the ACCESS layer holds '{value}' (origin {origin}), which is not a number: choose a numeric field, or convert this one (field calculator: to_real("{field}")).</source>
            <translation>Le champ {field} de la couche ACCESS contient « {value} » (origine {origin}), qui n'est pas un nombre : choisissez un champ numérique, ou convertissez celui-ci (calculatrice de champs : to_real("{field}")).</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>The file is downloaded once and kept in the QGIS profile's cache/foodaccess folder.</source>
            <translation>Le fichier est téléchargé une fois et gardé dans le dossier cache/foodaccess du profil QGIS.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>The first departure of the window. Default 10:00.</source>
            <translation>Le premier départ de la fenêtre. Par défaut 10:00.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/geocoder.py" />
            <source>The geocoder at {url} answered HTTP {status}.</source>
            <translation>Le géocodeur à l'adresse {url} a répondu HTTP {status}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/geocoder.py" />
            <source>The geocoder at {url} answered HTTP {status}: {message}.</source>
            <translation>Le géocodeur à l'adresse {url} a répondu HTTP {status} : {message}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/geocoder.py" />
            <source>The geocoder at {url} asks to wait {seconds:.0f} s before the next request (HTTP {status}): try again after that time.</source>
            <translation>Le géocodeur à l'adresse {url} demande d'attendre {seconds:.0f} s avant la prochaine requête (HTTP {status}) : réessayez après ce délai.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/geocoder.py" />
            <source>The geocoder at {url} still refuses requests (HTTP 429 Too Many Requests) after {retries} retries. Another program may be using it from this address: try again later.</source>
            <translation>Le géocodeur à l'adresse {url} refuse toujours les requêtes (HTTP 429 Too Many Requests) après {retries} nouvelles tentatives. Un autre programme l'utilise peut-être depuis cette adresse : réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/geocoder.py" />
            <source>The geocoder {url} did not answer GeoCodeJSON to /search: is GEOCODER_URL right?</source>
            <translation>Le géocodeur {url} n'a pas répondu en GeoCodeJSON à /search : GEOCODER_URL est-elle juste ?</translation>
        </message>
        <message>
            <location filename="../../core/outlets/geocoder.py" />
            <source>The geocoder {url} did not answer a geocoded CSV to /search/csv: is GEOCODER_URL right?</source>
            <translation>Le géocodeur {url} n'a pas répondu par un CSV géocodé à /search/csv : GEOCODER_URL est-elle juste ?</translation>
        </message>
        <message>
            <location filename="../../core/walk/measures.py" />
            <source>The gravity decay must be zero or positive (got {beta} per minute).</source>
            <translation>La décroissance de la gravité doit être nulle ou positive (reçu {beta} par minute).</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The header line of the directory {path} holds a quote (") that is never closed: the whole file would be read as one cell. Close or remove the quote and import again.</source>
            <translation>La ligne d'en-tête de l'annuaire {path} contient un guillemet (") jamais refermé : tout le fichier serait lu comme une seule cellule. Refermez ou supprimez le guillemet et importez de nouveau.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>The input {label} ({name}) has no feature: give a layer with features.</source>
            <translation>L'entrée {label} ({name}) n'a aucune entité : donnez une couche qui en a.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>The input {label} ({name}) is missing or cannot be read.</source>
            <translation>L'entrée {label} ({name}) manque ou ne peut pas être lue.</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>The layer '{name}' cannot be switched to edit mode.</source>
            <translation>La couche « {name} » ne peut pas passer en mode édition.</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>The layer '{name}' did not accept the new fields.</source>
            <translation>La couche « {name} » n'a pas accepté les nouveaux champs.</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>The layer '{name}' is read-only: its outlets cannot be tagged. Save a copy that can be edited (right-click the layer ▸ Export ▸ Save Features As… ▸ GeoPackage) and tag the copy.</source>
            <translation>La couche « {name} » est en lecture seule : ses commerces ne peuvent pas être étiquetés. Enregistrez-en une copie modifiable (clic droit sur la couche ▸ Exporter ▸ Sauvegarder les entités sous… ▸ GeoPackage) et étiquetez la copie.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>The layer has no field {fields}: click Add fields first.</source>
            <translation>La couche n'a pas de champ {fields} : cliquez d'abord sur Ajouter les champs.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>The layer is up to date with its source: nothing changed.</source>
            <translation>La couche est à jour avec sa source : rien n'a changé.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>The layer {layer} cannot be changed ({path} is read-only): nothing was changed. Make the file writable, or save a copy (Export ▸ Save Features As… ▸ GeoPackage) and update the copy.</source>
            <translation>La couche {layer} ne peut pas être modifiée ({path} est en lecture seule) : rien n'a été modifié. Rendez le fichier modifiable, ou enregistrez-en une copie (Exporter ▸ Sauvegarder les entités sous… ▸ GeoPackage) et mettez à jour la copie.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>The layer {layer} cannot be edited: nothing was changed.</source>
            <translation>La couche {layer} ne peut pas être passée en édition : rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>The layer {layer} has no field {fields}: the update matches outlets by source and source_id. Update a layer written by fetchoutlets, importdirectory or mergeoutlets.</source>
            <translation>La couche {layer} n'a pas de champ {fields} : la mise à jour apparie les commerces par source et source_id. Mettez à jour une couche écrite par fetchoutlets, importdirectory ou mergeoutlets.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>The layer {layer} has unsaved edits: save them (or discard them) first, then run the update again. Nothing was changed.</source>
            <translation>La couche {layer} a des modifications non enregistrées : enregistrez-les (ou annulez-les) d'abord, puis relancez la mise à jour. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>The layer {layer} is empty: give an EXTENT to query.</source>
            <translation>La couche {layer} est vide : donnez une emprise (EXTENT) à interroger.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>The layer {name} has no valid CRS: set its CRS first.</source>
            <translation>La couche {name} n'a pas de SCR valide : définissez d'abord son SCR.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>The log gives the share of open OSM outlets whose last OpenStreetMap edit is older than this: where the map needs a field check.</source>
            <translation>Le journal donne la part des commerces OSM ouverts dont la dernière modification OpenStreetMap est plus ancienne : là où la carte demande une vérification sur le terrain.</translation>
        </message>
        <message>
            <location filename="../../core/transit/scan.py" />
            <source>The maximum number of transfers cannot be negative.</source>
            <translation>Le nombre maximal de correspondances ne peut pas être négatif.</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>The network has {count} disconnected parts: points on a part without outlet get the status 'no outlet reachable'.</source>
            <translation>Le réseau a {count} parties non connectées : les points situés sur une partie sans commerce reçoivent le statut « no outlet reachable ».</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>The network layer has no 'highway' field: every line is taken as walkable.</source>
            <translation>La couche de réseau n'a pas de champ « highway » : toute ligne est considérée comme praticable à pied.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>The origins with all their fields plus nearest_id, nearest_name, nearest_category, distance_m, time_min, outlets_within, snap_m, status, gravity and access_2sfca (with healthy_within and less_healthy_within when the outlets have a category field); with walk + public transport also time_pNN, transit_share and transit_estimated (time_min is then the median).</source>
            <translation>Les origines avec tous leurs champs, plus nearest_id, nearest_name, nearest_category, distance_m, time_min, outlets_within, snap_m, status, gravity et access_2sfca (avec healthy_within et less_healthy_within quand les commerces ont un champ category) ; en marche + transport en commun, aussi time_pNN, transit_share et transit_estimated (time_min est alors la médiane).</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>The origins with nearest_name, nearest_category, distance_m, time_min, outlets_within (outlets within the threshold) and status.</source>
            <translation>Les origines avec nearest_name, nearest_category, distance_m, time_min, outlets_within (commerces en deçà du seuil) et status.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>The origins with their fields plus nearest_before, nearest_after, distance_before_m, distance_after_m, time_before_min, time_after_min, time_change_min and change (gains_access, loses_access, nearer, farther, unchanged, unmeasured).</source>
            <translation>Les origines avec leurs champs, plus nearest_before, nearest_after, distance_before_m, distance_after_m, time_before_min, time_after_min, time_change_min et change (gains_access, loses_access, nearer, farther, unchanged, unmeasured).</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>The outlet filter is not a valid expression: {error}</source>
            <translation>Le filtre des commerces n'est pas une expression valide : {error}</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>The outlet filter uses fields that the OUTLETS layer does not have: {missing}. Its fields are: {fields}.</source>
            <translation>Le filtre des commerces utilise des champs que la couche OUTLETS n'a pas : {missing}. Ses champs sont : {fields}.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>The outlet taxonomy (JSON) that says which category is more specific. Empty: the bundled one.</source>
            <translation>La nomenclature des commerces (JSON) qui dit quelle catégorie est la plus précise. Vide : celle fournie.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The outlet taxonomy (JSON). Empty: the bundled one.</source>
            <translation>La nomenclature des commerces (JSON). Vide : celle fournie.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>The outlets as they are: the baseline.</source>
            <translation>Les commerces tels qu'ils sont : la situation de référence.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>The outlets open today: people within the threshold of one of them are served already and count for nothing. Empty: nobody is served yet.</source>
            <translation>Les commerces ouverts aujourd'hui : les personnes sous le seuil de l'un d'eux sont déjà desservies et ne comptent pas. Vide : personne n'est encore desservi.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>The outlets that close in the scenario, e.g. "name" = 'Carrefour Market'. Empty: none closes.</source>
            <translation>Les commerces qui ferment dans le scénario, p. ex. "name" = 'Carrefour Market'. Vide : aucun ne ferme.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>The output of 'Access to the nearest outlet': homes drawn by travel time.</source>
            <translation>La sortie de « Accès au commerce le plus proche » : logements dessinés selon le temps de trajet.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>The output of 'Classify food access by area': the map's classes and the per-area table.</source>
            <translation>La sortie de « Classer l'accès à l'alimentation par zone » : les classes de la carte et le tableau par zone.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>The output of 'Service areas': the bands drawn as outlines.</source>
            <translation>La sortie de « Zones de desserte » : les tranches dessinées en contours.</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The population field has negative values: fix the ACCESS layer or choose another field.</source>
            <translation>Le champ de population a des valeurs négatives : corrigez la couche ACCESS ou choisissez un autre champ.</translation>
        </message>
        <message>
            <location filename="../../processing/origin_values.py" />
            <source>The population field {field} holds '{value}' at origin {origin}: populations must be numbers ≥ 0.</source>
            <translation>Le champ de population {field} contient « {value} » à l'origine {origin} : les populations doivent être des nombres ≥ 0.</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The population field {field} holds {value} (origin {origin}): populations must be finite numbers.</source>
            <translation>Le champ de population {field} contient {value} (origine {origin}) : les populations doivent être des nombres finis.</translation>
        </message>
        <message>
            <location filename="../../core/areas/classify.py" />
            <source>The preset '{preset}' is in {unit}; to use {new_unit} give a THRESHOLD in {new_unit}.</source>
            <translation>Le préréglage « {preset} » est en {unit} ; pour utiliser l'unité {new_unit}, donnez un seuil THRESHOLD en {new_unit}.</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>The priority neighbourhoods from {where} are not valid JSON (line {line}, column {column}: {problem}). The URL may point to a web page instead of the GeoJSON resource.</source>
            <translation>Les quartiers prioritaires de {where} ne sont pas du JSON valide (ligne {line}, colonne {column} : {problem}). L'URL désigne peut-être une page web au lieu de la ressource GeoJSON.</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>The public transport times are ESTIMATES from OSM routes (no timetable): field transit_estimated is true.</source>
            <translation>Les temps en transport en commun sont des ESTIMATIONS tirées des lignes OSM (sans horaires) : le champ transit_estimated vaut vrai.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The rows that could not be placed, with all their fields, their row number and the reason.</source>
            <translation>Les lignes qui n'ont pas pu être placées, avec tous leurs champs, leur numéro de ligne et la raison.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>The rule of 'Classify food access by area', applied before and after. Default: a 15-minute walk (THRESHOLD sets the minutes).</source>
            <translation>La règle de « Classer l'accès à l'alimentation par zone », appliquée avant et après. Par défaut : 15 minutes à pied (THRESHOLD fixe les minutes).</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>The scenario changes nothing: give 'Proposed outlets', 'Closing outlets (expression)', or both.</source>
            <translation>Le scénario ne change rien : donnez « Commerces proposés », « Commerces qui ferment (expression) », ou les deux.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>The scenario removes every outlet ({count}, all those 'Closing outlets (expression)' selects) and adds none: nobody would reach any outlet. Narrow 'Closing outlets (expression)', or give 'Proposed outlets'.</source>
            <translation>Le scénario retire tous les commerces ({count}, tous sélectionnés par « Commerces qui ferment (expression) ») et n'en ajoute aucun : personne n'atteindrait de commerce. Restreignez « Commerces qui ferment (expression) », ou donnez des « Commerces proposés ».</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>The server at {url} answered HTTP {status} ({reason}) instead of the priority neighbourhoods. Try again later, or set URL to the GeoJSON resource of the dataset 'Quartiers prioritaires de la politique de la ville (QPV)' on data.gouv.fr.</source>
            <translation>Le serveur à l'adresse {url} a répondu HTTP {status} ({reason}) au lieu des quartiers prioritaires. Réessayez plus tard, ou donnez à URL la ressource GeoJSON du jeu de données « Quartiers prioritaires de la politique de la ville (QPV) » sur data.gouv.fr.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/refresh.py" />
            <source>The source would close {closing} of the {total} open outlets of the layer in the area it covers (more than {share:.0f}%): it most likely covers another area, or other CATEGORIES, than the layer. Nothing was changed. Check the EXTENT, the OSM_FILE, the DIRECTORY and the CATEGORIES, or raise MAX_CLOSED_SHARE if these outlets really have closed.</source>
            <translation>La source fermerait {closing} des {total} commerces ouverts de la couche dans la zone qu'elle couvre (plus de {share:.0f} %) : elle couvre très probablement une autre zone, ou d'autres catégories (CATEGORIES), que la couche. Rien n'a été modifié. Vérifiez EXTENT, OSM_FILE, DIRECTORY et CATEGORIES, ou relevez MAX_CLOSED_SHARE si ces commerces ont vraiment fermé.</translation>
        </message>
        <message>
            <location filename="../../core/walk/network.py" />
            <source>The street network has only zero-length lines.</source>
            <translation>Le réseau de rues n'a que des lignes de longueur nulle.</translation>
        </message>
        <message>
            <location filename="../../core/walk/network.py" />
            <source>The street network is empty: no walkable line was found.</source>
            <translation>Le réseau de rues est vide : aucune ligne praticable à pied n'a été trouvée.</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>The street network layer (NETWORK) holds {kind} geometries, not lines: give the streets as a line layer (the 'lines' layer of an OSM file, IGN BD TOPO roads), or an OSM file as OSM_FILE.</source>
            <translation>La couche du réseau viaire (NETWORK) contient des géométries {kind}, pas des lignes : donnez les rues sous forme de couche de lignes (la couche « lines » d'un fichier OSM, les tronçons de route de la BD TOPO de l'IGN), ou un fichier OSM en OSM_FILE.</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>The street network layer has no walkable line.</source>
            <translation>La couche du réseau viaire n'a aucune ligne praticable à pied.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>The style '{style}' draws by the field {fields}, which {layer} does not have: choose another STYLE, or style the output of the matching algorithm.</source>
            <translation>Le style « {style} » dessine selon le champ {fields}, que {layer} n'a pas : choisissez un autre STYLE, ou stylez la sortie de l'algorithme correspondant.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>The style '{style}' is for {expected} layers, and {layer} holds {actual}: choose another STYLE.</source>
            <translation>Le style « {style} » est fait pour les couches de type {expected}, et {layer} est de type {actual} : choisissez un autre STYLE.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>The taxonomy file {path} is not valid JSON (line {line}, column {column}: {problem}). Fix it or start again from a copy of the bundled taxonomy.</source>
            <translation>Le fichier de nomenclature {path} n'est pas du JSON valide (ligne {line}, colonne {column} : {problem}). Corrigez-le ou repartez d'une copie de la nomenclature fournie.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>The taxonomy the outlets were made with (groups healthy / less healthy). Empty: the bundled one.</source>
            <translation>La nomenclature avec laquelle les commerces ont été produits (groupes sain / moins sain). Vide : celle fournie.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>The taxonomy {} has no category {}: skipped.</source>
            <translation>La nomenclature {} n'a pas de catégorie {} : ignorée.</translation>
        </message>
        <message>
            <location filename="../../core/transit/access.py" />
            <source>The timetable has no stop served in the time window.</source>
            <translation>Les horaires n'ont aucun arrêt desservi dans la fenêtre horaire.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>The title of the page, also the layout's name. Empty: 'Food access'.</source>
            <translation>Le titre de la page, aussi le nom de la mise en page. Vide : « Accès à l'alimentation ».</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The walk + public transport preset needs an ACCESS layer computed with public transport (field {field}); run 'Access to the nearest outlet' with the walk + transit mode.</source>
            <translation>Le préréglage marche + transport en commun demande une couche ACCESS calculée avec les transports en commun (champ {field}) ; lancez « Accès au commerce le plus proche » en mode marche + transport en commun.</translation>
        </message>
        <message>
            <location filename="../../core/walk/settings.py" />
            <source>The walking speed must be positive (got {speed} km/h).</source>
            <translation>La vitesse de marche doit être positive (reçu {speed} km/h).</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>The whole food-access analysis in one run: food outlets from OpenStreetMap (a local extract, or Overpass within an extent), the walking time from every home (origin) to the nearest outlet, the service areas of the outlets, the classification of the areas (food desert, low access, served) with the USDA Food Access Research Atlas rules (an area has low access when at least 500 people or 33 % of its population live farther than the threshold), and a print layout of the results (Project ▸ Layout Manager). Outputs are styled when they are loaded into the project.</source>
            <translation>Toute l'analyse de l'accès à l'alimentation en une fois : commerces alimentaires d'OpenStreetMap (un extrait local, ou Overpass dans une emprise), temps de marche de chaque logement (origine) au commerce le plus proche, zones de desserte des commerces, classement des zones (désert alimentaire, accès faible, desservie) selon les règles du Food Access Research Atlas de l'USDA (une zone a un accès faible quand au moins 500 personnes ou 33 % de sa population vivent au-delà du seuil), et une mise en page des résultats (Projet ▸ Gestionnaire de mises en page). Les sorties sont stylées à leur chargement dans le projet.</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The {count} origins lying in the areas hold nobody: {field} is 0 or NULL for all of them. Choose the population field of the ACCESS layer (Filosofi: Ind).</source>
            <translation>Les {count} origines situées dans les zones n'ont aucun habitant : {field} vaut 0 ou NULL pour toutes. Choisissez le champ de population de la couche ACCESS (Filosofi : Ind).</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>The {count} sites bring {people:,.0f} more people within {threshold:g} {unit}. Greedy choice: at least 63 % of the best possible total for this many sites, and the best single site exactly.</source>
            <translation>Les {count} sites amènent {people:,.0f} personnes de plus à moins de {threshold:g} {unit}. Choix glouton : au moins 63 % du meilleur total possible pour ce nombre de sites, et exactement le meilleur site seul.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>The {layers} layers hold no outlet with a position: OUTPUT and MERGE_REPORT are empty.</source>
            <translation>Les {layers} couches ne contiennent aucun commerce positionné : OUTPUT et MERGE_REPORT sont vides.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The {layer} layer has invalid geometries ({count}; feature id and reason: {features}): tick FIX_INVALID (Repair invalid geometries) to repair them with makeValid, or repair the layer first (Processing toolbox ▸ Vector geometry ▸ Fix geometries).</source>
            <translation>La couche {layer} a des géométries invalides ({count} ; identifiant et raison : {features}) : cochez FIX_INVALID (Réparer les géométries invalides) pour les réparer par makeValid, ou réparez d'abord la couche (boîte à outils de traitements ▸ Géométrie vectorielle ▸ Réparer les géométries).</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <location filename="../../processing/fetch_outlets.py" />
            <source>The {layer} layer has no CRS (coordinate reference system): its coordinates cannot be matched with the other layers. Set its CRS (Layer Properties ▸ Source) and run again.</source>
            <translation>La couche {layer} n'a pas de SCR (système de coordonnées de référence) : ses coordonnées ne peuvent pas être rapprochées de celles des autres couches. Définissez son SCR (Propriétés de la couche ▸ Source) et relancez.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The {name} expression fails on area {fid}: {error}</source>
            <translation>L'expression {name} échoue sur la zone {fid} : {error}</translation>
        </message>
        <message>
            <location filename="../../processing/origin_values.py" />
            <source>The {name} expression fails on origin {origin}: {error}</source>
            <translation>L'expression {name} échoue sur l'origine {origin} : {error}</translation>
        </message>
        <message>
            <location filename="../../processing/origin_values.py" />
            <source>The {name} expression gives '{value}' at origin {origin}: it must give a number ≥ 0 (or true/false).</source>
            <translation>L'expression {name} donne « {value} » à l'origine {origin} : elle doit donner un nombre ≥ 0 (ou vrai/faux).</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <location filename="../../processing/origin_values.py" />
            <source>The {name} expression is not valid: {error}</source>
            <translation>L'expression {name} n'est pas valide : {error}</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The {name} expression uses fields that the AREAS layer does not have: {missing} (its fields: {fields}).</source>
            <translation>L'expression {name} utilise des champs que la couche AREAS n'a pas : {missing} (ses champs : {fields}).</translation>
        </message>
        <message>
            <location filename="../../processing/origin_values.py" />
            <source>The {name} expression uses fields that the ORIGINS layer does not have: {missing} (its fields: {fields}).</source>
            <translation>L'expression {name} utilise des champs que la couche ORIGINS n'a pas : {missing} (ses champs : {fields}).</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>This layer has no field {fields} for the tags.</source>
            <translation>Cette couche n'a pas de champ {fields} pour les étiquettes.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>Threshold (overrides the preset)</source>
            <translation>Seuil (remplace celui du préréglage)</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Threshold for counting outlets</source>
            <translation>Seuil de comptage des commerces</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Threshold for rural areas, in the unit of the threshold. Empty: the preset's (USDA: 10 miles).</source>
            <translation>Seuil des zones rurales, dans l'unité du seuil. Vide : celui du préréglage (USDA : 10 miles).</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Threshold unit</source>
            <translation>Unité du seuil</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Thresholds</source>
            <translation>Seuils</translation>
        </message>
        <message>
            <location filename="../../processing/network_settings.py" />
            <source>Through the proxy set in QGIS: {}.</source>
            <translation>Par le proxy réglé dans QGIS : {}.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Ticked, invalid polygons (self-intersecting, bow-tie) of the areas and priority areas are repaired (and listed in the log); unticked, they stop the classification with their ids.</source>
            <translation>Cochée, les polygones invalides (auto-intersectés, en nœud papillon) des zones et des zones prioritaires sont réparés (et listés dans le journal) ; décochée, ils arrêtent le classement avec leurs identifiants.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Time Overpass may spend on the query ([timeout:]) and time the plugin waits for the answer. Raise it for a large extent.</source>
            <translation>Temps qu'Overpass peut consacrer à la requête ([timeout:]) et temps d'attente de la réponse par l'extension. Augmentez-le pour une grande emprise.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Timeout (seconds)</source>
            <translation>Délai d'attente (secondes)</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>To adapt it (outlet categories, the classification preset, the low-access count and share, the departure window of public transport): menu Plugins ▸ Food Access ▸ Open the analysis model in the Model Designer, change the steps, then Save As under another name into your models folder; it then appears under Models in the Processing toolbox.</source>
            <translation>Pour l'adapter (catégories de commerces, préréglage de classement, effectif et part d'accès faible, fenêtre de départ des transports en commun) : menu Extensions ▸ Food Access ▸ Ouvrir le modèle d'analyse dans le modeleur graphique, modifiez les étapes, puis Enregistrer sous un autre nom dans votre dossier de modèles ; il apparaît alors sous Modèles dans la boîte à outils de traitements.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Toggles the flag on the selected outlets: cleared when all of them already have it, set on all of them otherwise</source>
            <translation>Bascule l'indicateur sur les commerces sélectionnés : retiré si tous l'ont déjà, mis sur tous sinon</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <location filename="../../processing/model.py" />
            <source>Travel mode</source>
            <translation>Mode de déplacement</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Travel times of the service-area bands, in minutes, separated by commas.</source>
            <translation>Temps de trajet des tranches des zones de desserte, en minutes, séparés par des virgules.</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>True for low-income areas, e.g. "Men_pauv" / "Men" &gt;= 0.2 (Filosofi: 20 % of households poor; USDA: poverty rate of 20 % or more): low access there makes a food desert.</source>
            <translation>Vraie pour les zones à revenus faibles, p. ex. "Men_pauv" / "Men" &gt;= 0.2 (Filosofi : 20 % de ménages pauvres ; USDA : taux de pauvreté de 20 % ou plus) : un accès faible y fait un désert alimentaire.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>True for low-income areas, e.g. "Men_pauv" / "Men" &gt;= 0.2 with Filosofi. Low income and low access make a food desert. Empty and no priority areas: income is not assessed.</source>
            <translation>Vraie pour les zones à revenus faibles, par ex. "Men_pauv" / "Men" &gt;= 0.2 avec Filosofi. Revenus faibles et accès faible font un désert alimentaire. Vide et sans zones prioritaires : les revenus ne sont pas évalués.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>True for urban areas (urban threshold), false for rural ones (rural threshold), e.g. "DENS" &lt;= 2 with INSEE's density grid. Empty: every area is urban.</source>
            <translation>Vraie pour les zones urbaines (seuil urbain), fausse pour les zones rurales (seuil rural), p. ex. "DENS" &lt;= 2 avec la grille de densité de l'Insee. Vide : toutes les zones sont urbaines.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Turns distances into minutes. Default 4.8 km/h (OpenTripPlanner's default walking speed).</source>
            <translation>Convertit les distances en minutes. Par défaut 4,8 km/h (la vitesse de marche par défaut d'OpenTripPlanner).</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Two or more point layers in the outlet schema (e.g. OpenStreetMap outlets, then an imported directory). Order matters: on a merge, the position and the values of the first layer win when both have them.</source>
            <translation>Deux couches de points ou plus au schéma des commerces (p. ex. les commerces OpenStreetMap, puis un annuaire importé). L'ordre compte : lors d'une fusion, la position et les valeurs de la première couche l'emportent quand les deux en ont.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>USDA Food Access Research Atlas distances (straight line to the nearest supermarket), the Marseille pilot's 2.5 km, a walking or walking + public transport time, or custom.</source>
            <translation>Distances du Food Access Research Atlas de l'USDA (ligne droite jusqu'au supermarché le plus proche), les 2,5 km du projet pilote de Marseille, un temps de marche ou de marche + transport en commun, ou personnalisé.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>USDA: 1 mile urban / 10 miles rural, straight line</source>
            <translation>USDA : 1 mile en ville / 10 miles en zone rurale, ligne droite</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>USDA: 1 mile urban / 20 miles rural, straight line</source>
            <translation>USDA : 1 mile en ville / 20 miles en zone rurale, ligne droite</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>USDA: 1/2 mile urban / 10 miles rural, straight line</source>
            <translation>USDA : 1/2 mile en ville / 10 miles en zone rurale, ligne droite</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>USDA: 33 % of the area's population beyond the threshold make it low access.</source>
            <translation>USDA : 33 % de la population de la zone au-delà du seuil en font une zone à accès faible.</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>USDA: 500 people beyond the threshold make an area low access.</source>
            <translation>USDA : 500 habitants au-delà du seuil font d'une zone une zone à accès faible.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Uncategorised</source>
            <translation>Sans catégorie</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Unchecked: one polygon per threshold dissolved over all outlets. Checked: one polygon per outlet and threshold, with the outlet's id and name.</source>
            <translation>Décoché : un polygone par seuil, regroupé sur tous les commerces. Coché : un polygone par commerce et par seuil, avec l'identifiant et le nom du commerce.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Undo the last edit of the layer</source>
            <translation>Annuler la dernière modification de la couche</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>Unit of the threshold</source>
            <translation>Unité du seuil</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <location filename="../../processing/suggest_sites.py" />
            <source>Unit of the threshold: metres or minutes (at the walking speed).</source>
            <translation>Unité du seuil : mètres ou minutes (à la vitesse de marche).</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Unit of the thresholds: metres or minutes (at the walking speed).</source>
            <translation>Unité des seuils : mètres ou minutes (à la vitesse de marche).</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>Unknown MODE {mode}.</source>
            <translation>MODE inconnu : {mode}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Unknown category '{category}' in taxonomy {path}; known categories: {categories}.</source>
            <translation>Catégorie « {category} » inconnue dans la nomenclature {path} ; catégories connues : {categories}.</translation>
        </message>
        <message>
            <location filename="../../core/walk/service_areas.py" />
            <source>Unknown outline {outline}: use one of {choices}.</source>
            <translation>Contour inconnu {outline} : utilisez l'un de {choices}.</translation>
        </message>
        <message>
            <location filename="../../core/areas/classify.py" />
            <source>Unknown preset '{preset}'; use one of {presets}.</source>
            <translation>Préréglage inconnu : « {preset} » ; utilisez l'un de {presets}.</translation>
        </message>
        <message>
            <location filename="../../core/areas/classify.py" />
            <source>Unknown unit '{unit}'; use m or min.</source>
            <translation>Unité inconnue : « {unit} » ; utilisez m ou min.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Unmatched rows</source>
            <translation>Lignes non placées</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Unsaved edits: save or discard them like any QGIS edit.</source>
            <translation>Modifications non enregistrées : enregistrez-les ou abandonnez-les comme toute modification dans QGIS.</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Untag {count} outlet as local</source>
            <translation>Retirer la marque locale de {count} commerce</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Untag {count} outlet as organic</source>
            <translation>Retirer la marque bio de {count} commerce</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Untag {count} outlets as local</source>
            <translation>Retirer la marque locale de {count} commerces</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Untag {count} outlets as organic</source>
            <translation>Retirer la marque bio de {count} commerces</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Update food outlets (keep hand edits)</source>
            <translation>Mettre à jour les commerces alimentaires (saisies manuelles gardées)</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Updated outlets layer</source>
            <translation>Couche de commerces mise à jour</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Urban areas (expression)</source>
            <translation>Zones urbaines (expression)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <location filename="../../processing/model.py" />
            <source>Walk + public transport (GTFS timetables, or OSM routes as estimates)</source>
            <translation>Marche + transport en commun (horaires GTFS, ou lignes OSM en estimation)</translation>
        </message>
        <message>
            <location filename="../../core/transit/settings.py" />
            <source>Walk + public transport needs timetables: give GTFS files (GTFS), or an OSM file (OSM_FILE) with public transport route relations for estimated times.</source>
            <translation>La marche + transport en commun demande des horaires : donnez des fichiers GTFS (GTFS), ou un fichier OSM (OSM_FILE) avec des relations de lignes de transport en commun pour des temps estimés.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk + public transport only: timetables (GTFS zip files)</source>
            <translation>Marche + transport en commun seulement : horaires (fichiers GTFS zip)</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Walk + public transport service areas are measured in time: set UNIT to minutes.</source>
            <translation>Les zones de desserte en marche + transport en commun se mesurent en temps : mettez UNIT en minutes.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Walk + public transport: 30 minutes (the threshold sets the minutes)</source>
            <translation>Marche + transport en commun : 30 minutes (le seuil fixe les minutes)</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Walk + public transport: GTFS timetables (.zip), e.g. from transport.data.gouv.fr. Empty: the public transport routes of the OpenStreetMap file, with estimated times.</source>
            <translation>Marche + transport en commun : horaires GTFS (.zip), par ex. de transport.data.gouv.fr. Vide : les lignes de transport en commun du fichier OpenStreetMap, avec des temps estimés.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk + public transport: date of travel</source>
            <translation>Marche + transport en commun : date du déplacement</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk + public transport: departure time</source>
            <translation>Marche + transport en commun : heure de départ</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk + public transport: departure window (minutes)</source>
            <translation>Marche + transport en commun : fenêtre de départ (minutes)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk + public transport: one or several GTFS feeds (.zip), e.g. the bus and the metro operators. Empty: the public transport routes of the OSM file, with estimated times.</source>
            <translation>Marche + transport en commun : un ou plusieurs flux GTFS (.zip), p. ex. ceux du réseau de bus et du métro. Vide : les lignes de transport en commun du fichier OSM, avec des temps estimés.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk + public transport: percentile of the travel times</source>
            <translation>Marche + transport en commun : centile des temps de trajet</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Walk + public transport: start of the 60-minute departure window (times are its median).</source>
            <translation>Marche + transport en commun : début de la fenêtre de départ de 60 minutes (les temps en sont la médiane).</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Walk + public transport: the day whose timetable is used. Empty: the first Tuesday on which every feed runs.</source>
            <translation>Marche + transport en commun : le jour dont les horaires sont utilisés. Vide : le premier mardi où tous les flux circulent.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Walk + public transport: transit beats walking alone at {share:.1f} % of the departures ({origins} helped at least once).</source>
            <translation>Marche + transport en commun : le transport en commun bat la marche seule pour {share:.1f} % des départs (aide au moins une fois pour {origins}).</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <location filename="../../processing/model.py" />
            <source>Walk on the street network</source>
            <translation>Marche sur le réseau viaire</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Walk on the street network; walk + public transport (GTFS timetables, or the OpenStreetMap file's bus and tram routes with estimated times); or straight line (geodesic, no network needed).</source>
            <translation>Marche sur le réseau viaire ; marche + transport en commun (horaires GTFS, ou lignes de bus et de tram du fichier OpenStreetMap avec des temps estimés) ; ou ligne droite (géodésique, sans réseau).</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Walk: 15 minutes (the threshold sets the minutes)</source>
            <translation>Marche : 15 minutes (le seuil fixe les minutes)</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>Walking needs a street network: give a line layer (NETWORK) or an OSM file (OSM_FILE), or choose the straight-line distance.</source>
            <translation>La marche demande un réseau viaire : donnez une couche de lignes (NETWORK) ou un fichier OSM (OSM_FILE), ou choisissez la distance en ligne droite.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <location filename="../../processing/model.py" />
            <source>Walking speed (km/h)</source>
            <translation>Vitesse de marche (km/h)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walks to the first stop and from the last stop are at most this long (transfers: also at most 1 km, as R5). Default 30 minutes, R5's maxWalkTime.</source>
            <translation>La marche jusqu'au premier arrêt et depuis le dernier dure au plus cela (correspondances : aussi au plus 1 km, comme R5). Par défaut 30 minutes, le maxWalkTime de R5.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Weight (expression on the origins)</source>
            <translation>Poids (expression sur les origines)</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>What a click on an outlet with Pick on map does besides selecting it</source>
            <translation>Ce que fait un clic sur un commerce avec Choisir sur la carte, en plus de le sélectionner</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Where new outlets may open (quartiers, communes): candidates outside every area are skipped, and the grid covers these areas. Empty: anywhere.</source>
            <translation>Où de nouveaux commerces peuvent ouvrir (quartiers, communes) : les candidats hors de toute zone sont écartés, et la grille couvre ces zones. Vide : partout.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Where people live: points (address points, buildings) or polygons (200 m INSEE cells), taken at a point on their surface.</source>
            <translation>Lieux de résidence : points (adresses, bâtiments) ou polygones (carreaux INSEE de 200 m), pris en un point de leur surface.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>Where people live: points (address points, buildings) or polygons (200 m INSEE cells). Points count in the area that contains them; polygons share their people between areas by overlap.</source>
            <translation>Lieux de résidence : points (adresses, bâtiments) ou polygones (carreaux INSEE de 200 m). Les points comptent dans la zone qui les contient ; les polygones répartissent leurs habitants entre les zones selon leur recouvrement.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Where people live: points (address points, population-weighted centroids) or polygons (200 m INSEE cells, buildings), taken at a point on their surface. Every feature is kept.</source>
            <translation>Lieux de résidence : points (points adresse, centroïdes pondérés par la population) ou polygones (carreaux Insee de 200 m, bâtiments), pris en un point de leur surface. Toutes les entités sont gardées.</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Where people live: points or polygons (buildings, INSEE Filosofi 200 m cells, address points).</source>
            <translation>Où vivent les gens : points ou polygones (bâtiments, carreaux Filosofi de 200 m de l'INSEE, points adresses).</translation>
        </message>
        <message>
            <location filename="../../processing/model.py" />
            <source>Where to fetch outlets from Overpass when no OpenStreetMap file is given.</source>
            <translation>Où récupérer les commerces sur Overpass quand aucun fichier OpenStreetMap n'est donné.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Where to look for outlets (any CRS; reprojected to WGS 84). Give an extent or an area (polygons) for Overpass; with an OSM file, leave both empty to read the whole file.</source>
            <translation>Où chercher les commerces (tout SCR ; reprojetée en WGS 84). Donnez une emprise ou une zone (polygones) pour Overpass ; avec un fichier OSM, laissez les deux vides pour lire tout le fichier.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>Where to query Overpass (any CRS). Empty: the layer's extent. Outlets of the layer outside it are left as they are.</source>
            <translation>Où interroger Overpass (tout SCR). Vide : l'emprise de la couche. Les commerces de la couche hors de cette emprise restent tels quels.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Width around the reached streets (m)</source>
            <translation>Largeur autour des voies atteintes (m)</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>With the grid contour or exact buffer OUTLINE, the reached streets, cut exactly at the threshold, are buffered by this width: the area never extends farther than this beyond the threshold. Default 50 m (the 'sausage' network buffer of Oliver et al. 2007). Unused by the default outline.</source>
            <translation>Avec le contour OUTLINE sur grille ou en tampon exact, les rues atteintes, coupées exactement au seuil, sont entourées d'un tampon de cette largeur : la zone ne s'étend jamais plus loin que cela au-delà du seuil. Par défaut 50 m (le tampon de réseau « saucisse » d'Oliver et al. 2007). Inutilisé par le contour par défaut.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>Without CANDIDATES: the candidates are the centres of square cells of this size. Default 200 m.</source>
            <translation>Sans CANDIDATES : les candidats sont les centres de carreaux de cette taille. 200 m par défaut.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Without GTFS, routes of the OSM file run every this many minutes (unless tagged interval=*). Default 15.</source>
            <translation>Sans GTFS, les lignes du fichier OSM passent toutes les tant de minutes (sauf attribut interval=*). Par défaut 15.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Without GTFS, vehicles of the OSM routes run at this average speed, stops included. Default 18 km/h, a typical urban bus.</source>
            <translation>Sans GTFS, les véhicules des lignes OSM roulent à cette vitesse moyenne, arrêts compris. Par défaut 18 km/h, un bus urbain typique.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Write the layer's pending edits to its file or database (the layer stays in edit mode)</source>
            <translation>Écrire les modifications en attente de la couche dans son fichier ou sa base de données (la couche reste en mode édition)</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>Wrote {path} ({tables}), {summary} and {readme}.</source>
            <translation>Écrit : {path} ({tables}), {summary} et {readme}.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <location filename="../../processing/suggest_sites.py" />
            <source>areas</source>
            <translation>zones</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>at least {count} people or {share} %: low access</source>
            <translation>au moins {count} habitants ou {share} % : accès faible</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>candidate sites</source>
            <translation>sites candidats</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>communes {codes}</source>
            <translation>communes {codes}</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>extent {xmin:.4f}, {ymin:.4f}, {xmax:.4f}, {ymax:.4f} (WGS 84)</source>
            <translation>emprise {xmin:.4f}, {ymin:.4f}, {xmax:.4f}, {ymax:.4f} (WGS 84)</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>fewer than {count} people and under {share} %: not low access</source>
            <translation>moins de {count} habitants et moins de {share} % : accès non faible</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>income not assessed</source>
            <translation>revenus non évalués</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>invalid</source>
            <translation>invalide</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>less healthy</source>
            <translation>moins sain</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_list_model.py" />
            <source>local</source>
            <translation>local</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>low income (LOW_INCOME expression)</source>
            <translation>bas revenus (expression LOW_INCOME)</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>low income (priority area)</source>
            <translation>bas revenus (zone prioritaire)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>mRFEI buffer around each area (metres)</source>
            <translation>Tampon du mRFEI autour de chaque zone (mètres)</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <location filename="../../processing/rule_parameters.py" />
            <source>metres</source>
            <translation>mètres</translation>
        </message>
        <message>
            <location filename="../../processing/rule_parameters.py" />
            <source>metres: compares distance_m; minutes: compares time_min. Empty: the preset's unit.</source>
            <translation>mètres : compare distance_m ; minutes : compare time_min. Vide : l'unité du préréglage.</translation>
        </message>
        <message>
            <location filename="../../processing/report.py" />
            <location filename="../../processing/rule_parameters.py" />
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <location filename="../../processing/styling.py" />
            <source>more than {low} min</source>
            <translation>plus de {low} min</translation>
        </message>
        <message>
            <location filename="../../processing/styling.py" />
            <source>no measure (see the status field)</source>
            <translation>sans mesure (voir le champ status)</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>no {field}</source>
            <translation>sans {field}</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>not low income</source>
            <translation>pas à bas revenus</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_list_model.py" />
            <source>organic</source>
            <translation>bio</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <location filename="../../processing/scenario.py" />
            <location filename="../../processing/suggest_sites.py" />
            <source>origins</source>
            <translation>origines</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <location filename="../../processing/scenario.py" />
            <location filename="../../processing/service_areas.py" />
            <location filename="../../processing/suggest_sites.py" />
            <source>outlets</source>
            <translation>commerces</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>outlets_within counts the outlets within this distance or time. Default 1609 m: the USDA's 1 mile urban low-access distance.</source>
            <translation>outlets_within compte les commerces à moins de cette distance ou de ce temps. Par défaut 1609 m : le mile de l'USDA, distance d'accès faible en ville.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>proposed outlets</source>
            <translation>commerces proposés</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>rural</source>
            <translation>rural</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>street network</source>
            <translation>réseau viaire</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>the filters</source>
            <translation>les filtres</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>urban</source>
            <translation>urbain</translation>
        </message>
        <message>
            <location filename="../../processing/styling.py" />
            <source>within {threshold:g} {unit}</source>
            <translation>à moins de {threshold:g} {unit}</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>{code} is an arrondissement: QPVs are coded by commune, so all QPVs of {commune} are kept (give an 'Extent' to narrow them).</source>
            <translation>{code} est un arrondissement : les QPV sont codés par commune, tous les QPV de {commune} sont donc gardés (donnez une « Emprise » pour les restreindre).</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>{count} GTFS feed, {day}</source>
            <translation>{count} flux GTFS, {day}</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>{count} GTFS feeds, {day}</source>
            <translation>{count} flux GTFS, {day}</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>{count} OSM route relation (estimated times)</source>
            <translation>{count} relation de ligne OSM (temps estimés)</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>{count} OSM route relations (estimated times)</source>
            <translation>{count} relations de lignes OSM (temps estimés)</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} area becomes low access: {names}.</source>
            <translation>{count} zone passe en accès faible : {names}.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>{count} area has no geometry (feature ids {features}): no origin can lie in it, it comes out 'no population'.</source>
            <translation>{count} zone n'a pas de géométrie (identifiants {features}) : aucune origine ne peut s'y trouver, elle sort « sans population ».</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} area leaves low access: {names}.</source>
            <translation>{count} zone sort de l'accès faible : {names}.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} areas become low access: {names}.</source>
            <translation>{count} zones passent en accès faible : {names}.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>{count} areas have no geometry (feature ids {features}): no origin can lie in them, they come out 'no population'.</source>
            <translation>{count} zones n'ont pas de géométrie (identifiants {features}) : aucune origine ne peut s'y trouver, elles sortent « sans population ».</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} areas leave low access: {names}.</source>
            <translation>{count} zones sortent de l'accès faible : {names}.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>{count} candidates lie farther than MAX_SNAP from the street network and are skipped: {names}</source>
            <translation>{count} candidats sont à plus de MAX_SNAP du réseau de rues et sont écartés : {names}</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>{count} candidates lie outside AREAS and are skipped: {names}</source>
            <translation>{count} candidats sont hors de AREAS et sont écartés : {names}</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>{count} grid cells lie farther than MAX_SNAP from the street network and are skipped.</source>
            <translation>{count} carreaux de la grille sont à plus de MAX_SNAP du réseau de rues et sont écartés.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>{count} grid cells of {size:g} m are the candidates.</source>
            <translation>{count} carreaux de {size:g} m sont les candidats.</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>{count} hand edits kept where the source says otherwise (kept_hand_edit in REPORT).</source>
            <translation>{count} saisies manuelles gardées là où la source dit autre chose (kept_hand_edit dans REPORT).</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>{count} line is not walkable (highway type, access or foot tags) and was left out.</source>
            <translation>{count} ligne n'est pas praticable à pied (type highway, attributs access ou foot) et a été écartée.</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>{count} lines are not walkable (highway type, access or foot tags) and were left out.</source>
            <translation>{count} lignes ne sont pas praticables à pied (type highway, attributs access ou foot) et ont été écartées.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>{count} matching element lies outside the extent or area: left out.</source>
            <translation>{count} élément correspondant est hors de l'emprise ou de la zone : écarté.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>{count} matching elements lie outside the extent or area: left out.</source>
            <translation>{count} éléments correspondants sont hors de l'emprise ou de la zone : écartés.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>{count} merged group</source>
            <translation>{count} groupe fusionné</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>{count} merged groups</source>
            <translation>{count} groupes fusionnés</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>{count} network feature without geometry was skipped.</source>
            <translation>{count} entité du réseau sans géométrie a été ignorée.</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>{count} network features without geometry were skipped.</source>
            <translation>{count} entités du réseau sans géométrie ont été ignorées.</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>{count} of the {total} origins in the areas ({share} % of their people) have no measure of access ({statuses}): they are left out of the low-access counts, and {not_assessed} areas with more than {limit} % of their people unmeasured are 'not assessed'. Origins 'too far from network' lie farther than MAX_SNAP from the streets: run 'Access to the nearest outlet' again with a street extract that covers all the areas (or a larger MAX_SNAP).</source>
            <translation>{count} des {total} origines situées dans les zones ({share} % de leurs habitants) n'ont pas de mesure d'accès ({statuses}) : elles sont écartées des comptes d'accès faible, et {not_assessed} zones dont plus de {limit} % des habitants sont sans mesure sont « non évaluées ». Les origines « too far from network » sont à plus de MAX_SNAP des rues : relancez « Accès au commerce le plus proche » avec un extrait de rues qui couvre toutes les zones (ou un MAX_SNAP plus grand).</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{count} of them are hidden by the filter.</source>
            <translation>dont {count} masqués par le filtre.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{count} of them is hidden by the filter.</source>
            <translation>dont {count} masqué par le filtre.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} of {total} origins ({share:.1f} %) lie farther than MAX_SNAP ({max_snap:g} m) from the street network: their status is 'too far from network' and they have no measure of access. Give a street network (NETWORK or OSM_FILE) that covers all the origins; raise MAX_SNAP only if they really lie that far from any street.</source>
            <translation>{count} origines sur {total} ({share:.1f} %) sont à plus de MAX_SNAP ({max_snap:g} m) du réseau viaire : leur statut est « too far from network » (trop loin du réseau) et elles n'ont pas de mesure d'accès. Donnez un réseau viaire (NETWORK ou OSM_FILE) qui couvre toutes les origines ; n'augmentez MAX_SNAP que si elles sont réellement aussi loin de toute rue.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>{count} of {total} origins have their nearest outlet more than {limit} km away in a straight line (up to {farthest:.0f} km): do the outlets cover the origins' area? A layer with a wrong CRS lies far from where it belongs: check the CRS of ORIGINS and OUTLETS.</source>
            <translation>{count} origines sur {total} ont leur commerce le plus proche à plus de {limit} km à vol d'oiseau (jusqu'à {farthest:.0f} km) : les commerces couvrent-ils le territoire des origines ? Une couche au mauvais SCR se retrouve loin de sa place : vérifiez le SCR d'ORIGINS et d'OUTLETS.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} of {total} origins lie on parts of the street network from which no outlet can be reached (status 'no outlet reachable'): the classification counts them beyond every threshold. If those streets should connect to the rest, check that the network's lines meet at shared vertices.</source>
            <translation>{count} origines sur {total} sont sur des parties du réseau viaire d'où aucun commerce n'est accessible (statut « no outlet reachable ») : la classification les compte au-delà de tout seuil. Si ces rues devraient rejoindre le reste, vérifiez que les lignes du réseau se rejoignent en des sommets communs.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} of {total} origins lie outside the extent of the street network (longitude {west:.4f} to {east:.4f}, latitude {south:.4f} to {north:.4f}; the origins span longitude {origins_west:.4f} to {origins_east:.4f}, latitude {origins_south:.4f} to {origins_north:.4f}). {beyond} of them are tied to a street more than {limit:g} m away: their status is 'outside network extent', their distance and time describe the edge of the extract rather than the place, and the classification counts them as without a measure. Use a street extract that covers all the origins.</source>
            <translation>{count} origines sur {total} sont hors de l'emprise du réseau viaire (longitude {west:.4f} à {east:.4f}, latitude {south:.4f} à {north:.4f} ; les origines s'étendent de la longitude {origins_west:.4f} à {origins_east:.4f}, latitude {origins_south:.4f} à {origins_north:.4f}). {beyond} d'entre elles sont rattachées à une rue à plus de {limit:g} m : leur statut est « outside network extent » (hors de l'emprise du réseau), leurs distance et temps décrivent le bord de l'extrait plutôt que le lieu, et la classification les compte comme sans mesure. Utilisez un extrait de rues qui couvre toutes les origines.</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>{count} of {total} origins of the ACCESS layer lie in no area (or have no geometry): not counted.</source>
            <translation>{count} des {total} origines de la couche ACCESS ne sont dans aucune zone (ou n'ont pas de géométrie) : non comptées.</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>{count} of {total} origins of the ACCESS layer lies in no area (or has no geometry): not counted.</source>
            <translation>{count} des {total} origines de la couche ACCESS n'est dans aucune zone (ou n'a pas de géométrie) : non comptée.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>{count} of {total} stops are farther than the maximum distance to the network ({max_snap:g} m) from the streets and are not used.</source>
            <translation>{count} arrêts sur {total} sont plus loin des rues que la distance maximale au réseau ({max_snap:g} m) et ne sont pas utilisés.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>{count} of {total} stops is farther than the maximum distance to the network ({max_snap:g} m) from the streets and is not used.</source>
            <translation>{count} arrêt sur {total} est plus loin des rues que la distance maximale au réseau ({max_snap:g} m) et n'est pas utilisé.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>{count} origin</source>
            <translation>{count} origine</translation>
        </message>
        <message>
            <location filename="../../processing/origin_values.py" />
            <source>{count} origin has no population (NULL): it counts as 0 people.</source>
            <translation>{count} origine n'a pas de population (NULL) : elle compte pour 0 habitant.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} origin nearest to a small island of the network was tied to the nearest street of a larger part instead (option 'Smallest part of the network to tie points to').</source>
            <translation>{count} origine plus proche d'un petit îlot du réseau : rattachée à la rue la plus proche d'une partie plus grande (option « Plus petite partie du réseau où rattacher les points »).</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>{count} origins</source>
            <translation>{count} origines</translation>
        </message>
        <message>
            <location filename="../../processing/origin_values.py" />
            <source>{count} origins have no population (NULL): they count as 0 people.</source>
            <translation>{count} origines n'ont pas de population (NULL) : elles comptent pour 0 habitant.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} origins nearest to a small island of the network were tied to the nearest street of a larger part instead (option 'Smallest part of the network to tie points to').</source>
            <translation>{count} origines plus proches d'un petit îlot du réseau : rattachées à la rue la plus proche d'une partie plus grande (option « Plus petite partie du réseau où rattacher les points »).</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <location filename="../../processing/fetch_outlets.py" />
            <location filename="../../processing/import_directory.py" />
            <location filename="../../processing/merge_outlets.py" />
            <source>{count} outlet</source>
            <translation>{count} commerce</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} outlet added</source>
            <translation>{count} commerce ajouté</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} outlet farther than {max_snap:g} m from the network is left out: {names}</source>
            <translation>{count} commerce à plus de {max_snap:g} m du réseau est écarté : {names}</translation>
        </message>
        <message>
            <location filename="../../processing/closed_outlets.py" />
            <source>{count} outlet is marked closed (status, set by "Update food outlets") and is left out.</source>
            <translation>{count} commerce est marqué fermé (status, posé par « Mettre à jour les commerces alimentaires ») et n'est pas pris en compte.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} outlet nearest to a small island of the network was tied to the nearest street of a larger part instead (option 'Smallest part of the network to tie points to').</source>
            <translation>{count} commerce plus proche d'un petit îlot du réseau : rattaché à la rue la plus proche d'une partie plus grande (option « Plus petite partie du réseau où rattacher les points »).</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>{count} outlet of layer '{layer}' lies outside the area where its CRS {crs} is valid (feature {fid} at ({x:g}, {y:g})): check the layer's CRS (Layer Properties ▸ Source ▸ CRS).</source>
            <translation>{count} commerce de la couche « {layer} » se trouve hors de la zone de validité de son SCR {crs} (entité {fid} en ({x:g}, {y:g})) : vérifiez le SCR de la couche (Propriétés de la couche ▸ Source ▸ SCR).</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} outlet removed</source>
            <translation>{count} commerce retiré</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{count} outlet selected</source>
            <translation>{count} commerce sélectionné</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <location filename="../../processing/fetch_outlets.py" />
            <location filename="../../processing/import_directory.py" />
            <location filename="../../processing/merge_outlets.py" />
            <source>{count} outlets</source>
            <translation>{count} commerces</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} outlets added</source>
            <translation>{count} commerces ajoutés</translation>
        </message>
        <message>
            <location filename="../../processing/closed_outlets.py" />
            <source>{count} outlets are marked closed (status, set by "Update food outlets") and are left out.</source>
            <translation>{count} commerces sont marqués fermés (status, posé par « Mettre à jour les commerces alimentaires ») et ne sont pas pris en compte.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} outlets farther than {max_snap:g} m from the network are left out: {names}</source>
            <translation>{count} commerces à plus de {max_snap:g} m du réseau sont écartés : {names}</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} outlets nearest to a small island of the network were tied to the nearest street of a larger part instead (option 'Smallest part of the network to tie points to').</source>
            <translation>{count} commerces plus proches d'un petit îlot du réseau : rattachés à la rue la plus proche d'une partie plus grande (option « Plus petite partie du réseau où rattacher les points »).</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>{count} outlets of layer '{layer}' lie outside the area where its CRS {crs} is valid (first: feature {fid} at ({x:g}, {y:g})): check the layer's CRS (Layer Properties ▸ Source ▸ CRS).</source>
            <translation>{count} commerces de la couche « {layer} » se trouvent hors de la zone de validité de son SCR {crs} (premier : entité {fid} en ({x:g}, {y:g})) : vérifiez le SCR de la couche (Propriétés de la couche ▸ Source ▸ SCR).</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} outlets removed</source>
            <translation>{count} commerces retirés</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{count} outlets selected</source>
            <translation>{count} commerces sélectionnés</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>{count} pair</source>
            <translation>{count} paire</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>{count} pairs</source>
            <translation>{count} paires</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>{count} part of fewer than {nodes} nodes is skipped when tying points to the network (used only by points with no other street within the maximum distance to the network).</source>
            <translation>{count} partie de moins de {nodes} nœuds est écartée au rattachement des points au réseau (utilisée seulement par les points sans autre rue à moins de la distance maximale au réseau).</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>{count} parts of fewer than {nodes} nodes are skipped when tying points to the network (used only by points with no other street within the maximum distance to the network).</source>
            <translation>{count} parties de moins de {nodes} nœuds sont écartées au rattachement des points au réseau (utilisées seulement par les points sans autre rue à moins de la distance maximale au réseau).</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>{count} priority neighbourhood kept.</source>
            <translation>{count} quartier prioritaire gardé.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>{count} priority neighbourhoods kept.</source>
            <translation>{count} quartiers prioritaires gardés.</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} proposed outlet farther than {max_snap:g} m from the network is left out: {names}</source>
            <translation>{count} commerce proposé à plus de {max_snap:g} m du réseau est écarté : {names}</translation>
        </message>
        <message>
            <location filename="../../processing/scenario.py" />
            <source>{count} proposed outlets farther than {max_snap:g} m from the network are left out: {names}</source>
            <translation>{count} commerces proposés à plus de {max_snap:g} m du réseau sont écartés : {names}</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>{count} request</source>
            <translation>{count} requête</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>{count} requests</source>
            <translation>{count} requêtes</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>{count} retries</source>
            <translation>{count} relances</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>{count} retry</source>
            <translation>{count} relance</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>{count} row</source>
            <translation>{count} ligne</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>{count} rows</source>
            <translation>{count} lignes</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>{feeds}
(STRICT is on: choose a DATE every feed covers, or turn STRICT off.)</source>
            <translation>{feeds}
(STRICT est activé : choisissez une date (DATE) couverte par tous les flux, ou désactivez STRICT.)</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>{feed}: cannot read {name} ({error}).</source>
            <translation>{feed} : impossible de lire {name} ({error}).</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>{feed}: neither calendar.txt nor calendar_dates.txt is in {path}; a GTFS feed needs one to say on which dates its trips run.</source>
            <translation>{feed} : ni calendar.txt ni calendar_dates.txt ne se trouve dans {path} ; un flux GTFS en a besoin pour dire à quelles dates ses courses circulent.</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>{feed}: {file} is missing from {path}; a GTFS feed needs it. Is this the right zip?</source>
            <translation>{feed} : {file} manque dans {path} ; un flux GTFS en a besoin. Est-ce le bon fichier zip ?</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>{feed}: {name} has no column {missing} (its columns: {columns}). This is not a valid GTFS file.</source>
            <translation>{feed} : {name} n'a pas de colonne {missing} (ses colonnes : {columns}). Ce n'est pas un fichier GTFS valide.</translation>
        </message>
        <message>
            <location filename="../../processing/styling.py" />
            <source>{high} min or less</source>
            <translation>{high} min ou moins</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>{inputs} in {layers} layers -&gt; {outputs}: {merged}; {pairs} within {distance:g} m examined (see MERGE_REPORT).</source>
            <translation>{inputs} dans {layers} couches -&gt; {outputs} : {merged} ; examen de {pairs} à moins de {distance:g} m (voir MERGE_REPORT).</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>{label}: no origin of the ACCESS layer with people lies in this area.</source>
            <translation>{label} : aucune origine habitée de la couche ACCESS n'est dans cette zone.</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>{label}: {beyond}; {criterion}; {income}.</source>
            <translation>{label} : {beyond} ; {criterion} ; {income}.</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>{label}: {count} of {total} people ({share} %) have no measure of access (their origin lies too far from the street network, or has no geometry or no value), more than {limit} %; run 'Access to the nearest outlet' again with a street network that covers this area.</source>
            <translation>{label} : {count} habitants sur {total} ({share} %) n'ont pas de mesure d'accès (leur origine est trop loin des rues, ou n'a pas de géométrie ou de valeur), plus de {limit} % ; relancez « Accès au commerce le plus proche » avec un réseau de rues qui couvre cette zone.</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>{layer} has no field {field} (NAME_FIELD): choose one of its fields ({fields}).</source>
            <translation>{layer} n'a pas de champ {field} (NAME_FIELD) : choisissez l'un de ses champs ({fields}).</translation>
        </message>
        <message>
            <location filename="../../processing/classified_output.py" />
            <source>{low} of {total} people ({share} %) live beyond {threshold} ({setting} threshold)</source>
            <translation>{low} habitants sur {total} ({share} %) vivent au-delà de {threshold} (seuil {setting})</translation>
        </message>
        <message>
            <location filename="../../processing/styling.py" />
            <source>{low}–{high} min</source>
            <translation>{low} à {high} min</translation>
        </message>
        <message>
            <location filename="../../core/areas/classify.py" />
            <source>{name} must be greater than 0 (got {value}).</source>
            <translation>{name} doit être supérieur à 0 (reçu {value}).</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>{name}: {codes} is not a valid code (e.g. {example}).</source>
            <translation>{name} : {codes} n'est pas un code valide (p. ex. {example}).</translation>
        </message>
        <message>
            <location filename="../../processing/update_outlets.py" />
            <source>{new} new, {closed} closed, {moved} moved, {renamed} renamed, {recategorised} re-categorised outlets (see REPORT).</source>
            <translation>Commerces : {new} nouveaux, {closed} fermés, {moved} déplacés, {renamed} renommés, {recategorised} recatégorisés (voir REPORT).</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{outlets}: {categories}</source>
            <translation>{outlets} : {categories}</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>{outlets}: {categories}.</source>
            <translation>{outlets} : {categories}.</translation>
        </message>
        <message>
            <location filename="../../processing/destinations.py" />
            <source>{output} and {other} are both written to {path}: one would replace the other. Give each output its own file or its own layer (ogr:dbname='…' table="…").</source>
            <translation>{output} et {other} sont tous deux écrits dans {path} : l'un remplacerait l'autre. Donnez à chaque sortie son propre fichier ou sa propre couche (ogr:dbname='…' table="…").</translation>
        </message>
        <message>
            <location filename="../../processing/destinations.py" />
            <source>{output} is the file {path}, which holds the input {input}: writing there would replace the whole file and destroy the input. Choose a new file, or write a new layer into that file with ogr:dbname='{path}' table="new_layer".</source>
            <translation>{output} est le fichier {path}, qui contient l'entrée {input} : y écrire remplacerait tout le fichier et détruirait l'entrée. Choisissez un nouveau fichier, ou écrivez une nouvelle couche dans ce fichier avec ogr:dbname='{path}' table="nouvelle_couche".</translation>
        </message>
        <message>
            <location filename="../../processing/destinations.py" />
            <source>{output} is the file {path}, which holds {count} layers ({layers}): writing there would replace the whole file and destroy them. Choose a new file, or write a new layer into that file with ogr:dbname='{path}' table="new_layer".</source>
            <translation>{output} est le fichier {path}, qui contient {count} couches ({layers}) : y écrire remplacerait tout le fichier et les détruirait. Choisissez un nouveau fichier, ou écrivez une nouvelle couche dans ce fichier avec ogr:dbname='{path}' table="nouvelle_couche".</translation>
        </message>
        <message>
            <location filename="../../processing/destinations.py" />
            <source>{output} would overwrite the layer {layer} of {path}, which is the input {input}: give the new layer another name (table="…").</source>
            <translation>{output} écraserait la couche {layer} de {path}, qui est l'entrée {input} : donnez un autre nom à la nouvelle couche (table="…").</translation>
        </message>
        <message>
            <location filename="../../processing/export_package.py" />
            <source>{paths} already exist: nothing was written. Choose another OUTPUT, or tick OVERWRITE to replace them.</source>
            <translation>{paths} existe(nt) déjà : rien n'a été écrit. Choisissez un autre OUTPUT, ou cochez OVERWRITE pour les remplacer.</translation>
        </message>
        <message>
            <location filename="../../core/transit/gtfs.py" />
            <source>{path} is not a GTFS zip file ({error}): give the feed's .zip as published.</source>
            <translation>{path} n'est pas un fichier zip GTFS ({error}) : donnez le .zip du flux tel qu'il est publié.</translation>
        </message>
        <message>
            <location filename="../../core/osm/pbf.py" />
            <source>{path} is not a valid OSM PBF file ({error}).</source>
            <translation>{path} n'est pas un fichier OSM PBF valide ({error}).</translation>
        </message>
        <message>
            <location filename="../../core/walk/network.py" />
            <source>{path} is not an OSM file GDAL can read (no 'lines' layer).</source>
            <translation>{path} n'est pas un fichier OSM lisible par GDAL (pas de couche « lines »).</translation>
        </message>
        <message>
            <location filename="../../core/osm/pbf.py" />
            <source>{path} is truncated: the last block is incomplete.</source>
            <translation>{path} est tronqué : le dernier bloc est incomplet.</translation>
        </message>
        <message>
            <location filename="../../core/osm/pbf.py" />
            <source>{path} uses a compression other than zlib (LZMA, bzip2, LZ4 or Zstandard); convert it with osmium (osmium cat in.osm.pbf -o out.osm.pbf) first.</source>
            <translation>{path} utilise une compression autre que zlib (LZMA, bzip2, LZ4 ou Zstandard) ; convertissez-le d'abord avec osmium (osmium cat in.osm.pbf -o out.osm.pbf).</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>{rows} in the directory = {placed} in OUTPUT + {unmatched} in UNMATCHED.</source>
            <translation>{rows} dans l'annuaire = {placed} dans OUTPUT + {unmatched} dans UNMATCHED.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{selected} — local: {local}, organic: {organic}.</source>
            <translation>{selected} — local : {local}, bio : {organic}.</translation>
        </message>
        <message>
            <location filename="../../processing/suggest_sites.py" />
            <source>{served:,.0f} of {total:,.0f} people live within {threshold:g} {unit} of an existing outlet.</source>
            <translation>{served:,.0f} personnes sur {total:,.0f} vivent à moins de {threshold:g} {unit} d'un commerce existant.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{tip} (key {key})</source>
            <translation>{tip} (touche {key})</translation>
        </message>
        <message>
            <location filename="../../core/http.py" />
            <source>{url} asks to wait {seconds} s before the next request (HTTP {status}): try again after that time.</source>
            <translation>{url} demande d'attendre {seconds} s avant la prochaine requête (HTTP {status}) : réessayez après ce délai.</translation>
        </message>
        <message>
            <location filename="../../core/http.py" />
            <source>{url} still refuses the request (HTTP {status}) after {attempts} attempts: try again later.</source>
            <translation>{url} refuse toujours la requête (HTTP {status}) après {attempts} tentatives : réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>β of the gravity field: each outlet within the threshold weighs exp(−β × t), t its walking time in minutes. Default 0.1: an outlet 7 minutes away weighs half as much as one at the door.</source>
            <translation>β du champ gravity : chaque commerce dans le seuil pèse exp(−β × t), t son temps de marche en minutes. 0,1 par défaut : un commerce à 7 minutes pèse moitié moins qu'un commerce au pied de l'immeuble.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>… and {count} more row in UNMATCHED.</source>
            <translation>… et {count} autre ligne dans UNMATCHED.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>… and {count} more rows in UNMATCHED.</source>
            <translation>… et {count} autres lignes dans UNMATCHED.</translation>
        </message>
    </context>
</TS>
