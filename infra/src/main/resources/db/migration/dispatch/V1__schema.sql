-- Schema of the dispatch context: unit directory, jurisdiction, dispatch catalogue and routing history. Tables arrive with the features that own them.
COMMENT ON SCHEMA dispatch IS 'unit directory, jurisdiction, dispatch catalogue and routing history';
