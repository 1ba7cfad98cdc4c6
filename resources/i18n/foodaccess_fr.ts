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
            <location filename="../../processing/import_directory.py" />
            <source>A field with the directory's own identifier, written to source_id. Without it, source_id is the row number (1 = first row after the header).</source>
            <translation>Un champ portant l'identifiant propre à l'annuaire, écrit dans source_id. Sans lui, source_id est le numéro de ligne (1 = première ligne après l'en-tête).</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>A layer of the project: classified areas, priority neighbourhoods (QPV) or outlets.</source>
            <translation>Une couche du projet : zones classées, quartiers prioritaires (QPV) ou commerces.</translation>
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
            <location filename="../../processing/fetch_outlets.py" />
            <source>Area (polygons)</source>
            <translation>Zone (polygones)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Areas</source>
            <translation>Zones</translation>
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
            <source>Cached answer fetched at {} (UTC); untick USE_CACHE to query again.</source>
            <translation>Réponse en cache obtenue le {} (UTC) ; décochez USE_CACHE pour relancer la requête.</translation>
        </message>
        <message>
            <location filename="../../processing/base.py" />
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucun résultat n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>Cannot download the priority neighbourhoods from {url}: {error}. Check the internet connection (or the proxy settings), or the URL parameter.</source>
            <translation>Impossible de télécharger les quartiers prioritaires depuis {url} : {error}. Vérifiez la connexion internet (ou les réglages du proxy), ou le paramètre URL.</translation>
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
            <source>Cannot read the OSM file {path}: {error}</source>
            <translation>Impossible de lire le fichier OSM {path} : {error}</translation>
        </message>
        <message>
            <location filename="../../core/walk/network.py" />
            <source>Cannot read the OSM file {path}: {reason} (is it an .osm or .osm.pbf extract?)</source>
            <translation>Impossible de lire le fichier OSM {path} : {reason} (est-ce bien un extrait .osm ou .osm.pbf ?)</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>Cannot read the directory {path}: {problem}.</source>
            <translation>Impossible de lire l'annuaire {path} : {problem}.</translation>
        </message>
        <message>
            <location filename="../../processing/provider.py" />
            <source>Cannot read the model {name}.</source>
            <translation>Impossible de lire le modèle {name}.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/taxonomy.py" />
            <source>Cannot read the taxonomy file {path}: {problem}.</source>
            <translation>Impossible de lire le fichier de nomenclature {path} : {problem}.</translation>
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
            <source>Category label '{label}' ({count} row(s)) is not in the mapping nor the taxonomy: those outlets have an empty category. Add it to the mapping file to classify them.</source>
            <translation>Le libellé de catégorie « {label} » ({count} ligne(s)) n'est ni dans la table de correspondance ni dans la nomenclature : ces commerces ont une catégorie vide. Ajoutez-le au fichier de correspondance pour les classer.</translation>
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
            <location filename="../../processing/base.py" />
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
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
            <location filename="../../processing/classify_areas.py" />
            <source>Custom: THRESHOLD and UNIT</source>
            <translation>Personnalisé : THRESHOLD et UNIT</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>DATE not given: using {day}, the first Tuesday on which every feed runs.</source>
            <translation>DATE non renseignée : utilisation du {day}, premier mardi où tous les flux circulent.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Date of travel</source>
            <translation>Date du déplacement</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Definition of low access</source>
            <translation>Définition de l'accès faible</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Departure time</source>
            <translation>Heure de départ</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Departure window (minutes)</source>
            <translation>Fenêtre de départ (minutes)</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Directory outlets</source>
            <translation>Commerces de l'annuaire</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Directory table</source>
            <translation>Table de l'annuaire</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
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
            <location filename="../../processing/fetch_outlets.py" />
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Extent</source>
            <translation>Emprise</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>Feature {fid} of {layer} cannot be transformed from {source} to {target}: its coordinates do not fit its layer's CRS; set the layer's right CRS (Layer Properties ▸ Source) and run again.</source>
            <translation>L'entité {fid} de {layer} ne peut pas être transformée de {source} en {target} : ses coordonnées ne correspondent pas au SCR de sa couche ; donnez à la couche son vrai SCR (Propriétés de la couche ▸ Source) et relancez.</translation>
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
            <location filename="../../processing/fetch_outlets.py" />
            <source>Food outlets</source>
            <translation>Commerces alimentaires</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Food outlets (the outlet layer of 'Fetch outlets' or 'Import a directory'). Their source_id, name and category fields, when present, are copied to the result.</source>
            <translation>Commerces alimentaires (la couche de commerces de « Récupérer les commerces » ou « Importer un annuaire »). Leurs champs source_id, name et category, s'ils existent, sont copiés dans le résultat.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Food outlets; polygons are taken at a point on their surface. Use the layer's selection, a filtered layer or OUTLET_FILTER to keep some outlets only.</source>
            <translation>Commerces alimentaires ; les polygones sont pris en un point de leur surface. Utilisez la sélection de la couche, une couche filtrée ou OUTLET_FILTER pour ne garder que certains commerces.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Food shops and markets from OpenStreetMap, by taxonomy category, as points.</source>
            <translation>Commerces alimentaires et marchés d'OpenStreetMap, par catégorie de la nomenclature, en points.</translation>
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
            <location filename="../../core/outlets/osm_file.py" />
            <source>GDAL could not read the OSM file {path} completely: {message} Check that the file is a complete, valid .osm or .osm.pbf extract.</source>
            <translation>GDAL n'a pas pu lire entièrement le fichier OSM {path} : {message} Vérifiez que le fichier est un extrait .osm ou .osm.pbf complet et valide.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Geocoded {rows} rows with {url} in {requests} requests ({retries} retried).</source>
            <translation>{rows} lignes géocodées avec {url} en {requests} requêtes ({retries} relancées).</translation>
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
            <location filename="../../processing/service_areas.py" />
            <source>Grid contour (fast)</source>
            <translation>Contour sur grille (rapide)</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Grid contour: the outline is traced on a grid of cells of a fifth of the width (10 m for 50 m), the way R5 and OpenTripPlanner draw isochrones; more than 50 times faster than QGIS's own service area on a city. It never extends farther than the width from the reached streets and lies about 0.72 times the width from a straight street (36 m for 50 m). Exact buffer: round buffers of exactly the width, dissolved (GEOS); for an outline at the exact width, slower. As access times (walking only): a point is inside when a home placed there would get a time_min within the threshold from Access to the nearest outlet (walk to its nearest street within MAX_SNAP, then along the streets), traced on a grid of 10 m; BUFFER is then unused; slower (seconds on a city).</source>
            <translation>Contour sur grille : le contour est tracé sur une grille de cellules d'un cinquième de la largeur (10 m pour 50 m), comme R5 et OpenTripPlanner tracent leurs isochrones ; plus de 50 fois plus rapide que la zone de desserte de QGIS sur une ville. Il ne s'éloigne jamais des voies atteintes de plus que la largeur et passe à environ 0,72 fois la largeur d'une rue droite (36 m pour 50 m). Zone tampon exacte : tampons arrondis de la largeur exacte, fusionnés (GEOS) ; pour un contour à la largeur exacte, plus lent. Comme les temps d'accès (marche seule) : un point est dans la zone quand un logement placé là recevrait un time_min sous le seuil dans « Accès au commerce le plus proche » (marche jusqu'à sa rue la plus proche à moins de MAX_SNAP, puis le long des rues), tracé sur une grille de 10 m ; BUFFER n'est alors pas utilisé ; plus lent (quelques secondes sur une ville).</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>How alike the names must be (accents, case and punctuation ignored; 1 = same name). "Carrefour City" and "Carrefour city" are 1; a name whose words all appear in the other is 1.</source>
            <translation>Degré de ressemblance exigé entre les noms (accents, casse et ponctuation ignorés ; 1 = même nom). « Carrefour City » et « Carrefour city » valent 1 ; un nom dont tous les mots figurent dans l'autre vaut 1.</translation>
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
            <source>Invalid polygons (self-intersecting, bow-tie) of AREAS, ACCESS and PRIORITY_AREAS are refused with their ids; ticked, they are repaired with makeValid (and listed in the log), and the output holds the repaired areas.</source>
            <translation>Les polygones invalides (auto-intersection, « nœud papillon ») de AREAS, ACCESS et PRIORITY_AREAS sont refusés avec leurs identifiants ; coché, ils sont réparés par makeValid (et listés dans le journal), et la sortie contient les zones réparées.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
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
            <source>Latitude in decimal degrees, or Y in the COORDINATES_CRS, used with the longitude field.</source>
            <translation>Latitude en degrés décimaux, ou Y dans le COORDINATES_CRS, utilisée avec le champ de longitude.</translation>
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
            <location filename="../../processing/access_parameters.py" />
            <source>Lines of the street network, e.g. the 'lines' layer of an OSM file or IGN BD TOPO roads. With a 'highway' field (OSM), only walkable ways are kept; without it every line is walkable. Leave empty to use the OSM file.</source>
            <translation>Lignes du réseau viaire, p. ex. la couche « lines » d'un fichier OSM ou les tronçons de route de la BD TOPO de l'IGN. Avec un champ « highway » (OSM), seules les voies praticables à pied sont gardées ; sans lui, toute ligne est praticable. Laissez vide pour utiliser le fichier OSM.</translation>
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
            <source>Longitude in decimal degrees ("5.37" or "5,37"), or X in the COORDINATES_CRS. With a latitude field, rows with coordinates are placed there without geocoding.</source>
            <translation>Longitude en degrés décimaux (« 5.37 » ou « 5,37 »), ou X dans le COORDINATES_CRS. Avec un champ de latitude, les lignes qui ont des coordonnées sont placées là, sans géocodage.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Low access: at least this many people</source>
            <translation>Accès faible : au moins ce nombre d'habitants</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Low access: or at least this share of the population (%)</source>
            <translation>Accès faible : ou au moins cette part de la population (%)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Low income (expression)</source>
            <translation>Bas revenus (expression)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Marseille pilot: 2.5 km</source>
            <translation>Projet pilote de Marseille : 2,5 km</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Matches scored below it (0–1) are not placed: the row goes to UNMATCHED with its score.</source>
            <translation>Les correspondances dont le score est inférieur (0–1) ne sont pas placées : la ligne va dans UNMATCHED avec son score.</translation>
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
            <location filename="../../processing/access_parameters.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
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
            <location filename="../../core/walk/network.py" />
            <source>No walkable way in {path}: is it an OSM extract with streets?</source>
            <translation>Aucune voie praticable à pied dans {path} : est-ce bien un extrait OSM avec des rues ?</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>None of the {count} features of the AREAS layer has a geometry: nothing to classify. Use a polygon layer whose features have their shapes.</source>
            <translation>Aucune des {count} entités de la couche AREAS n'a de géométrie : rien à classer. Utilisez une couche de polygones dont les entités ont leur forme.</translation>
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
            <location filename="../../core/outlets/overpass.py" />
            <source>OVERPASS_URL must be an http(s) address such as {example}; got {url!r}.</source>
            <translation>OVERPASS_URL doit être une adresse http(s) telle que {example} ; reçu {url!r}.</translation>
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
            <location filename="../../processing/styling.py" />
            <source>Only a valid vector layer can get a Food Access style.</source>
            <translation>Seule une couche vecteur valide peut recevoir un style Food Access.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>OpenStreetMap file (.osm / .osm.pbf) instead of Overpass</source>
            <translation>Fichier OpenStreetMap (.osm / .osm.pbf) au lieu d'Overpass</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>OpenStreetMap files (*.osm *.pbf)</source>
            <translation>Fichiers OpenStreetMap (*.osm *.pbf)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>OpenStreetMap files (*.pbf *.osm)</source>
            <translation>Fichiers OpenStreetMap (*.pbf *.osm)</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_list_model.py" />
            <location filename="../../plugin/tagging_dock.py" />
            <source>Organic</source>
            <translation>Bio</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Origins</source>
            <translation>Origines</translation>
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
            <location filename="../../processing/service_areas.py" />
            <source>Outlets</source>
            <translation>Commerces</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>Outlets of different layers closer than this (metres on the ground, whatever the layers' CRS) may be the same shop.</source>
            <translation>Des commerces de couches différentes plus proches que cela (mètres au sol, quel que soit le SCR des couches) peuvent être le même magasin.</translation>
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
            <location filename="../../processing/access_parameters.py" />
            <source>Parts of the network cut off from the rest with fewer nodes (intersections and dead ends) than this, such as a courtyard path or a private footway, are skipped when tying origins, outlets and stops to the nearest street, unless no other street lies within the maximum distance to the network. Default 40, as R5 and OpenTripPlanner prune islands; 0 ties every point to its nearest street.</source>
            <translation>Les parties du réseau coupées du reste qui ont moins de nœuds (intersections et impasses) que ce nombre, comme une allée de cour ou un chemin privé, sont écartées au rattachement des origines, des commerces et des arrêts à la rue la plus proche, sauf si aucune autre rue n'est à moins de la distance maximale au réseau. 40 par défaut, comme R5 et OpenTripPlanner élaguent les îlots ; 0 rattache chaque point à la rue la plus proche.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>People living at each origin (Filosofi: Ind). Empty: each origin counts as 1.</source>
            <translation>Habitants de chaque origine (Filosofi : Ind). Vide : chaque origine compte pour 1.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Percentile of the travel times</source>
            <translation>Centile des temps de trajet</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Pick on map</source>
            <translation>Choisir sur la carte</translation>
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
            <source>Polygons (e.g. a commune, the study area): their union bounds the query and outlets outside it are dropped. With an EXTENT too, both apply.</source>
            <translation>Polygones (p. ex. une commune, la zone d'étude) : leur union borne la requête et les commerces hors de celle-ci sont écartés. Avec une EXTENT en plus, les deux s'appliquent.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Polygons to classify: QPV, IRIS, quartiers, communes or a grid.</source>
            <translation>Polygones à classer : QPV, IRIS, quartiers, communes ou carroyage.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Polygons with threshold, unit, outlet_id and outlet_name (empty when dissolved); with walk + public transport also statistic (median or pNN) and transit_estimated.</source>
            <translation>Polygones avec threshold, unit, outlet_id et outlet_name (vides si regroupés) ; en marche + transport en commun, aussi statistic (médiane ou pNN) et transit_estimated.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Population field</source>
            <translation>Champ de population</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Priority areas (QPV)</source>
            <translation>Zones prioritaires (QPV)</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>Priority neighbourhoods</source>
            <translation>Quartiers prioritaires</translation>
        </message>
        <message>
            <location filename="../../processing/style_areas.py" />
            <source>Priority neighbourhoods: outline and name</source>
            <translation>Quartiers prioritaires : contour et nom</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Public transport timetables (GTFS zip files)</source>
            <translation>Horaires de transport en commun (fichiers GTFS zip)</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>Public transport: {source}; {stops} stops and {connections} vehicle hops between {start} and {end}; departures every minute from {first} for {window} min.</source>
            <translation>Transport en commun : {source} ; {stops} arrêts et {connections} trajets de véhicule entre arrêts de {start} à {end} ; départs chaque minute à partir de {first} pendant {window} min.</translation>
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
            <location filename="../../processing/fetch_outlets.py" />
            <source>Read the outlets from this extract with GDAL, without network (e.g. from download.geofabrik.de). Same categories, same output.</source>
            <translation>Lire les commerces dans cet extrait avec GDAL, sans réseau (p. ex. depuis download.geofabrik.de). Mêmes catégories, même résultat.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>Read {path}: encoding {encoding}, separator '{separator}', {rows} rows.</source>
            <translation>Lu {path} : encodage {encoding}, séparateur « {separator} », {rows} lignes.</translation>
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
            <location filename="../../processing/classify_areas.py" />
            <source>Repair invalid geometries</source>
            <translation>Réparer les géométries invalides</translation>
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
            <location filename="../../processing/service_areas.py" />
            <source>Service areas</source>
            <translation>Zones de desserte</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>Set category</source>
            <translation>Définir la catégorie</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Set category {category} on {count} outlet(s)</source>
            <translation>Mettre la catégorie {category} sur {count} commerce(s)</translation>
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
            <location filename="../../processing/access_parameters.py" />
            <source>Straight line (geodesic, USDA method)</source>
            <translation>Ligne droite (géodésique, méthode USDA)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Straight line: geodesic distance, as the USDA Food Access Research Atlas (no network needed). Walk: shortest walking distance on the street network. Walk + public transport: door-to-door times over a departure window with the GTFS timetables (or OSM bus routes, as estimates).</source>
            <translation>Ligne droite : distance géodésique, comme le Food Access Research Atlas de l'USDA (sans réseau). Marche : plus courte distance à pied sur le réseau viaire. Marche + transport en commun : temps de porte à porte sur une fenêtre de départs avec les horaires GTFS (ou les lignes de bus OSM, en estimation).</translation>
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
            <location filename="../../processing/style_areas.py" />
            <source>Style priority neighbourhoods</source>
            <translation>Mettre en forme les quartiers prioritaires</translation>
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
            <source>Tag {count} outlet(s) as local</source>
            <translation>Marquer {count} commerce(s) comme locaux</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Tag {count} outlet(s) as organic</source>
            <translation>Marquer {count} commerce(s) comme bio</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Taxonomy</source>
            <translation>Nomenclature</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Taxonomy categories to fetch. Default: every healthy-food category; the less-healthy ones (fast food, confectionery, alcohol) are for food-swamp ratios. With a custom TAXONOMY, the chosen ids it defines are used, plus the categories it adds with "default": true.</source>
            <translation>Catégories de la nomenclature à récupérer. Par défaut : toutes les catégories d'alimentation saine ; les moins saines (restauration rapide, confiserie, alcool) servent aux ratios de marais alimentaires. Avec une TAXONOMY personnalisée, les identifiants choisis qu'elle définit sont utilisés, plus les catégories qu'elle ajoute avec "default": true.</translation>
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
            <location filename="../../processing/area_joins.py" />
            <source>The AREAS layer has no feature: nothing to classify.</source>
            <translation>La couche AREAS n'a aucune entité : rien à classer.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The AREAS layer's coordinates do not fit its CRS {crs} (extent {extent}): set the layer's right CRS (Layer Properties ▸ Source) and run again.</source>
            <translation>Les coordonnées de la couche AREAS ne correspondent pas à son SCR {crs} (emprise {extent}) : donnez à la couche son vrai SCR (Propriétés de la couche ▸ Source) et relancez.</translation>
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
            <source>The URBAN expression gives NULL for {count} areas: they are treated as urban.</source>
            <translation>L'expression URBAN donne NULL pour {count} zones : elles sont traitées comme urbaines.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>The USDA measures the distance to the nearest supermarket, but the nearest outlets of the ACCESS layer include {categories}: filter the outlets to supermarkets in 'Access to the nearest outlet' to follow the USDA definition.</source>
            <translation>L'USDA mesure la distance au supermarché le plus proche, mais les commerces les plus proches de la couche ACCESS comprennent {categories} : ne gardez que les supermarchés dans « Accès au commerce le plus proche » pour suivre la définition de l'USDA.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/overpass.py" />
            <source>The answer of {url} has no 'elements' list: is OVERPASS_URL an Overpass interpreter (…/api/interpreter)?</source>
            <translation>La réponse de {url} n'a pas de liste « elements » : OVERPASS_URL est-elle un interpréteur Overpass (…/api/interpreter) ?</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>The archive downloaded from {url} holds no .geojson file.</source>
            <translation>L'archive téléchargée depuis {url} ne contient aucun fichier .geojson.</translation>
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
            <location filename="../../core/outlets/directory.py" />
            <source>The directory has no field '{name}'; its fields are: {fields}.</source>
            <translation>L'annuaire n'a pas de champ « {name} » ; ses champs sont : {fields}.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The directory table cannot be opened.</source>
            <translation>La table de l'annuaire ne peut pas être ouverte.</translation>
        </message>
        <message>
            <location filename="../../core/outlets/directory.py" />
            <source>The directory {path} is empty: expected a header line and one line per outlet.</source>
            <translation>L'annuaire {path} est vide : une ligne d'en-tête et une ligne par commerce sont attendues.</translation>
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
            <location filename="../../processing/point_input.py" />
            <source>The layer {name} has no valid CRS: set its CRS first.</source>
            <translation>La couche {name} n'a pas de SCR valide : définissez d'abord son SCR.</translation>
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
            <source>The origins with all their fields plus nearest_id, nearest_name, nearest_category, distance_m, time_min, outlets_within, snap_m and status; with walk + public transport also time_pNN, transit_share and transit_estimated (time_min is then the median).</source>
            <translation>Les origines avec tous leurs champs, plus nearest_id, nearest_name, nearest_category, distance_m, time_min, outlets_within, snap_m et status ; en marche + transport en commun, aussi time_pNN, transit_share et transit_estimated (time_min est alors la médiane).</translation>
        </message>
        <message>
            <location filename="../../processing/access_base.py" />
            <source>The outlet filter is not a valid expression: {error}</source>
            <translation>Le filtre des commerces n'est pas une expression valide : {error}</translation>
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
            <location filename="../../processing/service_areas.py" />
            <source>The outline 'as access times' is for walking only: choose another OUTLINE for walk + public transport.</source>
            <translation>Le contour « comme les temps d'accès » ne vaut que pour la marche : choisissez un autre OUTLINE pour la marche + transport en commun.</translation>
        </message>
        <message>
            <location filename="../../core/areas/access_layer.py" />
            <source>The population field has negative values: fix the ACCESS layer or choose another field.</source>
            <translation>Le champ de population a des valeurs négatives : corrigez la couche ACCESS ou choisissez un autre champ.</translation>
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
            <location filename="../../processing/service_areas.py" />
            <source>The reached streets, cut exactly at the threshold, are buffered by this width: the area never extends farther than this beyond the threshold. Default 50 m (the 'sausage' network buffer of Oliver et al. 2007).</source>
            <translation>Les voies atteintes, coupées exactement au seuil, reçoivent un tampon de cette largeur : la zone ne dépasse jamais le seuil de plus que cela. Par défaut 50 m (le tampon de réseau en « saucisse » d'Oliver et al. 2007).</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>The rows that could not be placed, with all their fields, their row number and the reason.</source>
            <translation>Les lignes qui n'ont pas pu être placées, avec tous leurs champs, leur numéro de ligne et la raison.</translation>
        </message>
        <message>
            <location filename="../../core/areas/priority_areas.py" />
            <source>The server at {url} answered HTTP {status} ({reason}) instead of the priority neighbourhoods. Try again later, or set URL to the GeoJSON resource of the dataset 'Quartiers prioritaires de la politique de la ville (QPV)' on data.gouv.fr.</source>
            <translation>Le serveur à l'adresse {url} a répondu HTTP {status} ({reason}) au lieu des quartiers prioritaires. Réessayez plus tard, ou donnez à URL la ressource GeoJSON du jeu de données « Quartiers prioritaires de la politique de la ville (QPV) » sur data.gouv.fr.</translation>
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
            <location filename="../../core/areas/access_layer.py" />
            <source>The {count} origins lying in the areas hold nobody: {field} is 0 or NULL for all of them. Choose the population field of the ACCESS layer (Filosofi: Ind).</source>
            <translation>Les {count} origines situées dans les zones n'ont aucun habitant : {field} vaut 0 ou NULL pour toutes. Choisissez le champ de population de la couche ACCESS (Filosofi : Ind).</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The {layer} layer has invalid geometries ({count}; feature id and reason: {features}): tick FIX_INVALID (Repair invalid geometries) to repair them with makeValid, or repair the layer first (Processing toolbox ▸ Vector geometry ▸ Fix geometries).</source>
            <translation>La couche {layer} a des géométries invalides ({count} ; identifiant et raison : {features}) : cochez FIX_INVALID (Réparer les géométries invalides) pour les réparer par makeValid, ou réparez d'abord la couche (boîte à outils de traitements ▸ Géométrie vectorielle ▸ Réparer les géométries).</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>The {layer} layer has no CRS (coordinate reference system): its coordinates cannot be matched with the other layers. Set its CRS (Layer Properties ▸ Source) and run again.</source>
            <translation>La couche {layer} n'a pas de SCR (système de coordonnées de référence) : ses coordonnées ne peuvent pas être rapprochées de celles des autres couches. Définissez son SCR (Propriétés de la couche ▸ Source) et relancez.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The {name} expression fails on area {fid}: {error}</source>
            <translation>L'expression {name} échoue sur la zone {fid} : {error}</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The {name} expression is not valid: {error}</source>
            <translation>L'expression {name} n'est pas valide : {error}</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>The {name} expression uses fields that the AREAS layer does not have: {missing} (its fields: {fields}).</source>
            <translation>L'expression {name} utilise des champs que la couche AREAS n'a pas : {missing} (ses champs : {fields}).</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>This layer has no field {fields} for the tags.</source>
            <translation>Cette couche n'a pas de champ {fields} pour les étiquettes.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
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
            <location filename="../../plugin/tagging_dock.py" />
            <source>Toggles the flag on the selected outlets: cleared when all of them already have it, set on all of them otherwise</source>
            <translation>Bascule l'indicateur sur les commerces sélectionnés : retiré si tous l'ont déjà, mis sur tous sinon</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>True for low-income areas, e.g. "Men_pauv" / "Men" &gt;= 0.2 (Filosofi: 20 % of households poor; USDA: poverty rate of 20 % or more).</source>
            <translation>Vraie pour les zones à bas revenus, p. ex. "Men_pauv" / "Men" &gt;= 0.2 (Filosofi : 20 % de ménages pauvres ; USDA : taux de pauvreté de 20 % ou plus).</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>True for urban areas (urban threshold), false for rural ones (rural threshold), e.g. "DENS" &lt;= 2 with INSEE's density grid. Empty: every area is urban.</source>
            <translation>Vraie pour les zones urbaines (seuil urbain), fausse pour les zones rurales (seuil rural), p. ex. "DENS" &lt;= 2 avec la grille de densité de l'Insee. Vide : toutes les zones sont urbaines.</translation>
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
            <location filename="../../processing/classify_areas.py" />
            <source>USDA: 33 % of the area's population beyond the threshold make it low access.</source>
            <translation>USDA : 33 % de la population de la zone au-delà du seuil en font une zone à accès faible.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
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
            <location filename="../../processing/classify_areas.py" />
            <source>Unit of the threshold</source>
            <translation>Unité du seuil</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
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
            <source>Untag {count} outlet(s) as local</source>
            <translation>Retirer la marque locale de {count} commerce(s)</translation>
        </message>
        <message>
            <location filename="../../plugin/outlet_edits.py" />
            <source>Untag {count} outlet(s) as organic</source>
            <translation>Retirer la marque bio de {count} commerce(s)</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Urban areas (expression)</source>
            <translation>Zones urbaines (expression)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk + public transport (GTFS timetables, or OSM routes as estimates)</source>
            <translation>Marche + transport en commun (horaires GTFS, ou lignes OSM en estimation)</translation>
        </message>
        <message>
            <location filename="../../core/transit/settings.py" />
            <source>Walk + public transport needs timetables: give GTFS files (GTFS), or an OSM file (OSM_FILE) with public transport route relations for estimated times.</source>
            <translation>La marche + transport en commun demande des horaires : donnez des fichiers GTFS (GTFS), ou un fichier OSM (OSM_FILE) avec des relations de lignes de transport en commun pour des temps estimés.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Walk + public transport service areas are measured in time: set UNIT to minutes.</source>
            <translation>Les zones de desserte en marche + transport en commun se mesurent en temps : mettez UNIT en minutes.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Walk + public transport: 30 minutes (THRESHOLD sets N)</source>
            <translation>Marche + transport en commun : 30 minutes (THRESHOLD fixe N)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk + public transport: one or several GTFS feeds (.zip), e.g. the bus and the metro operators. Empty: the public transport routes of the OSM file, with estimated times.</source>
            <translation>Marche + transport en commun : un ou plusieurs flux GTFS (.zip), p. ex. ceux du réseau de bus et du métro. Vide : les lignes de transport en commun du fichier OSM, avec des temps estimés.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Walk + public transport: transit beats walking alone at {share:.1f} % of the departures ({origins} origins helped at least once).</source>
            <translation>Marche + transport en commun : le transport en commun bat la marche seule pour {share:.1f} % des départs ({origins} origines aidées au moins une fois).</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walk on the street network</source>
            <translation>Marche sur le réseau viaire</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>Walk: 15 minutes (THRESHOLD sets N)</source>
            <translation>Marche : 15 minutes (THRESHOLD fixe N)</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>Walking needs a street network: give a line layer (NETWORK) or an OSM file (OSM_FILE), or choose the straight-line distance.</source>
            <translation>La marche demande un réseau viaire : donnez une couche de lignes (NETWORK) ou un fichier OSM (OSM_FILE), ou choisissez la distance en ligne droite.</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walking speed (km/h)</source>
            <translation>Vitesse de marche (km/h)</translation>
        </message>
        <message>
            <location filename="../../processing/access_parameters.py" />
            <source>Walks to the first stop and from the last stop are at most this long (transfers: also at most 1 km, as R5). Default 30 minutes, R5's maxWalkTime.</source>
            <translation>La marche jusqu'au premier arrêt et depuis le dernier dure au plus cela (correspondances : aussi au plus 1 km, comme R5). Par défaut 30 minutes, le maxWalkTime de R5.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>What a click on an outlet with Pick on map does besides selecting it</source>
            <translation>Ce que fait un clic sur un commerce avec Choisir sur la carte, en plus de le sélectionner</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>Where people live: points (address points, population-weighted centroids) or polygons (200 m INSEE cells, buildings), taken at a point on their surface. Every feature is kept.</source>
            <translation>Lieux de résidence : points (points adresse, centroïdes pondérés par la population) ou polygones (carreaux Insee de 200 m, bâtiments), pris en un point de leur surface. Toutes les entités sont gardées.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>Where to look for outlets (any CRS; reprojected to WGS 84). Give an extent or an AREA for Overpass; with an OSM file, leave both empty to read the whole file.</source>
            <translation>Où chercher les commerces (tout SCR ; reprojetée en WGS 84). Donnez une emprise ou une AREA pour Overpass ; avec un fichier OSM, laissez les deux vides pour lire tout le fichier.</translation>
        </message>
        <message>
            <location filename="../../processing/service_areas.py" />
            <source>Width around the reached streets (m)</source>
            <translation>Largeur autour des voies atteintes (m)</translation>
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
            <location filename="../../processing/classified_output.py" />
            <source>at least {count} people or {share} %: low access</source>
            <translation>au moins {count} habitants ou {share} % : accès faible</translation>
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
            <location filename="../../processing/classify_areas.py" />
            <source>metres</source>
            <translation>mètres</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>metres: compares distance_m; minutes: compares time_min. Empty: the preset's unit.</source>
            <translation>mètres : compare distance_m ; minutes : compare time_min. Vide : l'unité du préréglage.</translation>
        </message>
        <message>
            <location filename="../../processing/classify_areas.py" />
            <source>minutes</source>
            <translation>minutes</translation>
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
            <source>origins</source>
            <translation>origines</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <location filename="../../processing/point_input.py" />
            <location filename="../../processing/service_areas.py" />
            <source>outlets</source>
            <translation>commerces</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>outlets_within counts the outlets within this distance or time. Default 1609 m: the USDA's 1 mile urban low-access distance.</source>
            <translation>outlets_within compte les commerces à moins de cette distance ou de ce temps. Par défaut 1609 m : le mile de l'USDA, distance d'accès faible en ville.</translation>
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
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>{code} is an arrondissement: QPVs are coded by commune, so all QPVs of {commune} are kept (add an EXTENT to narrow them).</source>
            <translation>{code} est un arrondissement : les QPV sont codés par commune, tous les QPV de {commune} sont donc gardés (ajoutez une EXTENT pour les restreindre).</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>{count} GTFS feed(s), {day}</source>
            <translation>{count} flux GTFS, {day}</translation>
        </message>
        <message>
            <location filename="../../processing/timetables.py" />
            <source>{count} OSM route relations (estimated times)</source>
            <translation>{count} relations de lignes OSM (temps estimés)</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>{count} areas have no geometry (feature ids {features}): no origin can lie in them, they come out 'no population'.</source>
            <translation>{count} zones n'ont pas de géométrie (identifiants {features}) : aucune origine ne peut s'y trouver, elles sortent « sans population ».</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>{count} lines are not walkable (highway type, access or foot tags) and were left out.</source>
            <translation>{count} lignes ne sont pas praticables à pied (type highway, attributs access ou foot) et ont été écartées.</translation>
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
            <location filename="../../processing/classified_output.py" />
            <source>{count} of {total} origins of the ACCESS layer lie in no area (or have no geometry): not counted.</source>
            <translation>{count} des {total} origines de la couche ACCESS ne sont dans aucune zone (ou n'ont pas de géométrie) : non comptées.</translation>
        </message>
        <message>
            <location filename="../../processing/access_times.py" />
            <source>{count} of {total} stops are farther than MAX_SNAP from the street network and are not used.</source>
            <translation>{count} arrêts sur {total} sont plus loin que MAX_SNAP du réseau viaire et ne sont pas utilisés.</translation>
        </message>
        <message>
            <location filename="../../processing/area_joins.py" />
            <source>{count} origins have no population (NULL): they count as 0 people.</source>
            <translation>{count} origines n'ont pas de population (NULL) : elles comptent pour 0 habitant.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} outlet(s) farther than {max_snap:g} m from the network are left out: {names}</source>
            <translation>{count} commerce(s) à plus de {max_snap:g} m du réseau sont écartés : {names}</translation>
        </message>
        <message>
            <location filename="../../processing/street_network.py" />
            <source>{count} parts of fewer than {nodes} nodes are skipped when tying points to the network (used only by points with no other street within MAX_SNAP).</source>
            <translation>{count} parties de moins de {nodes} nœuds sont écartées au rattachement des points au réseau (utilisées seulement par les points sans autre rue à moins de MAX_SNAP).</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_priority_areas.py" />
            <source>{count} priority neighbourhoods kept.</source>
            <translation>{count} quartiers prioritaires gardés.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{count} selected: {local} local, {organic} organic.</source>
            <translation>{count} sélectionnés : {local} locaux, {organic} bio.</translation>
        </message>
        <message>
            <location filename="../../processing/point_input.py" />
            <source>{count} {label} nearest to a small island of the network were tied to the nearest street of a larger part instead (MIN_ISLAND_NODES).</source>
            <translation>{count} {label} plus proches d'un petit îlot du réseau : rattachement à la rue la plus proche d'une partie plus grande (MIN_ISLAND_NODES).</translation>
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
            <location filename="../../plugin/tagging_dock.py" />
            <source>{hidden} of them hidden by the filter.</source>
            <translation>dont {hidden} masqués par le filtre.</translation>
        </message>
        <message>
            <location filename="../../processing/merge_outlets.py" />
            <source>{inputs} outlets in {layers} layers -&gt; {outputs} outlets: {merged} merged groups; {pairs} pairs within {distance:g} m examined (see MERGE_REPORT).</source>
            <translation>{inputs} commerces dans {layers} couches -&gt; {outputs} commerces : {merged} groupes fusionnés ; {pairs} paires à moins de {distance:g} m examinées (voir MERGE_REPORT).</translation>
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
            <source>{rows} rows in the directory = {placed} outlets in OUTPUT + {unmatched} rows in UNMATCHED.</source>
            <translation>{rows} lignes dans l'annuaire = {placed} commerces dans OUTPUT + {unmatched} lignes dans UNMATCHED.</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{tip} (key {key})</source>
            <translation>{tip} (touche {key})</translation>
        </message>
        <message>
            <location filename="../../plugin/tagging_dock.py" />
            <source>{total} outlets</source>
            <translation>{total} commerces</translation>
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
            <location filename="../../processing/fetch_outlets.py" />
            <source>{} matching elements lie outside the extent or area: left out.</source>
            <translation>{} éléments correspondants sont hors de l'emprise ou de la zone : écartés.</translation>
        </message>
        <message>
            <location filename="../../processing/fetch_outlets.py" />
            <source>{} outlets: {}.</source>
            <translation>{} commerces : {}.</translation>
        </message>
        <message>
            <location filename="../../processing/import_directory.py" />
            <source>… and {count} more rows in UNMATCHED.</source>
            <translation>… et {count} autres lignes dans UNMATCHED.</translation>
        </message>
    </context>
</TS>
