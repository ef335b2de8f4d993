UNWIND $ids AS id
MATCH (l:LegalBasis {id: id})
RETURN l {.*} AS legalBasis
