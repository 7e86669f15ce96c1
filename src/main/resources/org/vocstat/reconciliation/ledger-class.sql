-- The class of a ranked record r given its counterpart o in the other system and its conflicts c.
CASE WHEN NOT r.matchable THEN 'UNMATCHABLE'
     WHEN r.rank > 1 THEN 'DUPLICATE'
     WHEN o.id_hash IS NOT NULL THEN CASE WHEN cardinality(c.conflicts) > 0 THEN 'MATCHED_CONFLICT' ELSE 'MATCHED' END
     WHEN r.system = 'tss' THEN 'TSS_ONLY'
     WHEN r.technical THEN 'SMS_ONLY_TECHNICAL'
     ELSE 'SMS_ONLY' END
