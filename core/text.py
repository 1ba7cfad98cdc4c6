"""Text comparison as French users expect it: case and accents ignored."""

import unicodedata


def folded(text):
    """``text`` without accents, case-folded: "L'Épi d'Or" -> "l'epi d'or"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
