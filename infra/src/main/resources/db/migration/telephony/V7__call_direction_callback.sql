-- What a call is, as the traffic reports set non-citizen calls aside (issue 16): the platform's callbacks are
-- CALLBACK (回访外呼, formerly OUTBOUND); calls the hotline's own phones dial are INTERNAL (内部通话, new, set by
-- the fold from now on).
UPDATE call SET direction = 'CALLBACK' WHERE direction = 'OUTBOUND';
