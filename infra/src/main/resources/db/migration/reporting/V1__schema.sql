-- Schema of the reporting context: KPI rollups and report archive. Tables arrive with the features that own them.
COMMENT ON SCHEMA reporting IS 'KPI rollups and report archive';
