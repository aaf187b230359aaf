"""spaCy glue: thin components that run the rule modules and store claims on the Doc.

Registered through the ``spacy_factories`` entry points, so ``nlp.add_pipe("factcheck_claims")``
works in any pipeline once the package is installed.
"""
