-- Schema of the telephony context: calls, AMI events, recordings, live state. Tables arrive with the features that own them.
COMMENT ON SCHEMA telephony IS 'calls, AMI events, recordings, live state';
