// CONFINE barrier network - demo/seed data (information-sharing agreements).
// Generated for the graph model in cypher/MODEL.md. Idempotent: nodes are MERGEd on id only,
// relationships are MERGEd between nodes matched by id. Statements end with a semicolon at end of line.
// All organisations are real public bodies. All persons, e-mail addresses (example.org/.be/.nl)
// and phone numbers (reserved demo ranges) are fictional.

// ---- Information-sharing agreements between organisations (who may share what, on which basis)

UNWIND [
  {id: 'agr-genk-pz-carma', dataCategories: ['IDENTITY_DATA', 'ADDRESS_DATA', 'PERMIT_DATA', 'POLICE_DATA'], crossBorder: false, mutual: true, conditionsNl: 'Alleen voor de bestuurlijke aanpak van concrete dossiers in het lokaal overleg, met registratie van elke verstrekking en zonder doorgifte aan derden.', conditionsFr: 'Uniquement pour l\'approche administrative de dossiers concrets en concertation locale, avec enregistrement de chaque transmission et sans communication à des tiers.', conditionsEn: 'Only for the administrative handling of specific cases in the local consultation, with each disclosure logged and no onward transfer to third parties.'},
  {id: 'agr-genk-ariec-limburg', dataCategories: ['ADDRESS_DATA', 'PERMIT_DATA', 'COMPANY_DATA', 'INSPECTION_FINDINGS'], crossBorder: false, mutual: true, conditionsNl: 'Binnen het protocolakkoord ARIEC Limburg, per signaal, en beperkt tot wat nodig is voor beeldvorming en advies aan de burgemeester.', conditionsFr: 'Dans le cadre du protocole ARIEC Limbourg, par signalement, et limité à ce qui est nécessaire à l\'analyse et à l\'avis au bourgmestre.', conditionsEn: 'Within the ARIEC Limburg protocol agreement, per signal, and limited to what is needed for analysis and advice to the mayor.'},
  {id: 'agr-genk-rsz-ecosoc', dataCategories: ['ADDRESS_DATA', 'PERMIT_DATA', 'COMPANY_DATA'], crossBorder: false, mutual: false, conditionsNl: 'Op vraag van een sociaal inspecteur of bij een signaal van economische uitbuiting, met vermelding van het dossier waarvoor de gegevens nodig zijn.', conditionsFr: 'À la demande d\'un inspecteur social ou en cas de signal d\'exploitation économique, avec mention du dossier pour lequel les données sont nécessaires.', conditionsEn: 'At the request of a social inspector or on a signal of economic exploitation, stating the case for which the data are needed.'},
  {id: 'agr-genk-diob', dataCategories: ['IDENTITY_DATA', 'PERMIT_DATA', 'COMPANY_DATA'], crossBorder: false, mutual: true, conditionsNl: 'Alleen voor vergunningen in sectoren waarvoor de gemeenteraad een integriteitsonderzoek heeft ingevoerd, met terugkoppeling van het advies aan de gemeente.', conditionsFr: 'Uniquement pour les autorisations dans les secteurs pour lesquels le conseil communal a instauré une enquête d\'intégrité, avec retour de l\'avis à la commune.', conditionsEn: 'Only for permits in sectors for which the municipal council has introduced an integrity screening, with the advice returned to the municipality.'},
  {id: 'agr-hasselt-pz-hazodi', dataCategories: ['IDENTITY_DATA', 'ADDRESS_DATA', 'PERMIT_DATA', 'POLICE_DATA'], crossBorder: false, mutual: true, conditionsNl: 'Voor de bestuurlijke handhaving van de burgemeester, via de aangewezen SPOC\'s van stad en politiezone.', conditionsFr: 'Pour l\'approche administrative du bourgmestre, via les SPOC désignés de la ville et de la zone de police.', conditionsEn: 'For the mayor\'s administrative enforcement, through the designated SPOCs of the city and the police zone.'},
  {id: 'agr-antwerpen-pz-antwerpen', dataCategories: ['IDENTITY_DATA', 'ADDRESS_DATA', 'PERMIT_DATA', 'POLICE_DATA', 'INSPECTION_FINDINGS'], crossBorder: false, mutual: true, conditionsNl: 'Voor de voorbereiding en opvolging van gezamenlijke controles en bestuurlijke maatregelen, met een gedeeld logboek van verstrekkingen.', conditionsFr: 'Pour la préparation et le suivi des contrôles conjoints et des mesures administratives, avec un registre partagé des transmissions.', conditionsEn: 'For preparing and following up joint inspections and administrative measures, with a shared log of disclosures.'},
  {id: 'agr-antwerpen-ariec-antwerpen', dataCategories: ['ADDRESS_DATA', 'PERMIT_DATA', 'COMPANY_DATA'], crossBorder: false, mutual: true, conditionsNl: 'Binnen het protocolakkoord ARIEC Antwerpen en alleen voor fenomenen en dossiers die het stadsbestuur aanmeldt.', conditionsFr: 'Dans le cadre du protocole ARIEC Anvers et uniquement pour les phénomènes et dossiers signalés par l\'administration communale.', conditionsEn: 'Within the ARIEC Antwerp protocol agreement and only for phenomena and cases reported by the city administration.'},
  {id: 'agr-antwerpen-diob', dataCategories: ['IDENTITY_DATA', 'PERMIT_DATA', 'COMPANY_DATA'], crossBorder: false, mutual: true, conditionsNl: 'Alleen voor integriteitsonderzoeken in aangewezen sectoren, na een eigen vooronderzoek door de stad.', conditionsFr: 'Uniquement pour les enquêtes d\'intégrité dans les secteurs désignés, après un examen préalable par la ville.', conditionsEn: 'Only for integrity screenings in designated sectors, after the city\'s own preliminary check.'},
  {id: 'agr-ocmw-antwerpen-payoke', dataCategories: ['IDENTITY_DATA', 'VICTIM_DATA'], crossBorder: false, mutual: false, conditionsNl: 'Alleen met toestemming van de betrokkene en beperkt tot wat nodig is voor opvang en begeleiding.', conditionsFr: 'Uniquement avec le consentement de la personne concernée et limité à ce qui est nécessaire à l\'accueil et à l\'accompagnement.', conditionsEn: 'Only with the consent of the person concerned and limited to what is needed for shelter and support.'},
  {id: 'agr-rsz-arbeidsauditoraat', dataCategories: ['INSPECTION_FINDINGS', 'SOCIAL_SECURITY_DATA', 'COMPANY_DATA'], crossBorder: false, mutual: false, conditionsNl: 'Processen-verbaal en vaststellingen van economische uitbuiting worden onverwijld aan de arbeidsauditeur bezorgd.', conditionsFr: 'Les procès-verbaux et constatations d\'exploitation économique sont transmis sans délai à l\'auditeur du travail.', conditionsEn: 'Official reports and findings of economic exploitation are sent to the labour prosecutor without delay.'},
  {id: 'agr-tilburg-riec-zwb', dataCategories: ['IDENTITY_DATA', 'ADDRESS_DATA', 'PERMIT_DATA', 'COMPANY_DATA', 'INSPECTION_FINDINGS'], crossBorder: false, mutual: true, conditionsNl: 'Volgens het RIEC-convenant en het privacyprotocol, na toetsing door de RIEC-stuurploeg, en alleen voor casussen die aan de criteria voor integrale aanpak voldoen.', conditionsFr: 'Selon la convention RIEC et le protocole de protection de la vie privée, après examen par le comité de pilotage du RIEC, et uniquement pour les cas répondant aux critères de l\'approche intégrée.', conditionsEn: 'Under the RIEC covenant and privacy protocol, after review by the RIEC steering group, and only for cases that meet the criteria for an integrated approach.'},
  {id: 'agr-tilburg-politie-zwb', dataCategories: ['ADDRESS_DATA', 'PERMIT_DATA', 'POLICE_DATA'], crossBorder: false, mutual: true, conditionsNl: 'Voor de openbare-ordetaak van de burgemeester en de voorbereiding van bestuurlijke maatregelen, via een bestuurlijke rapportage van de politie.', conditionsFr: 'Pour la mission d\'ordre public du bourgmestre et la préparation de mesures administratives, via un rapport administratif de la police.', conditionsEn: 'For the mayor\'s public-order role and the preparation of administrative measures, through an administrative report from the police.'},
  {id: 'agr-breda-lbb', dataCategories: ['IDENTITY_DATA', 'PERMIT_DATA', 'COMPANY_DATA', 'FINANCIAL_DATA'], crossBorder: false, mutual: true, conditionsNl: 'Alleen bij een adviesaanvraag in een lopende Bibob-procedure, met geheimhouding van het advies tegenover derden.', conditionsFr: 'Uniquement lors d\'une demande d\'avis dans une procédure Bibob en cours, l\'avis restant confidentiel à l\'égard des tiers.', conditionsEn: 'Only for an advice request in an ongoing Bibob procedure, with the advice kept confidential from third parties.'},
  {id: 'agr-eindhoven-riec-ob', dataCategories: ['IDENTITY_DATA', 'ADDRESS_DATA', 'PERMIT_DATA', 'COMPANY_DATA'], crossBorder: false, mutual: true, conditionsNl: 'Volgens het RIEC-convenant en het privacyprotocol, voor signalen van mensenhandel en ondermijning die om een integrale aanpak vragen.', conditionsFr: 'Selon la convention RIEC et le protocole de protection de la vie privée, pour les signaux de traite et de criminalité organisée qui demandent une approche intégrée.', conditionsEn: 'Under the RIEC covenant and privacy protocol, for signals of trafficking and organised crime that call for an integrated approach.'},
  {id: 'agr-belastingdienst-riec-zwb', dataCategories: ['TAX_DATA', 'FINANCIAL_DATA'], crossBorder: false, mutual: false, conditionsNl: 'Fiscale gegevens worden alleen verstrekt binnen de grenzen van de fiscale geheimhoudingsplicht en de uitzonderingen in het convenant.', conditionsFr: 'Les données fiscales ne sont transmises que dans les limites du secret fiscal et des exceptions prévues par la convention.', conditionsEn: 'Tax data are provided only within the limits of tax secrecy and the exceptions set out in the covenant.'},
  {id: 'agr-ctif-fiu-nl', dataCategories: ['FINANCIAL_DATA'], crossBorder: true, mutual: true, conditionsNl: 'Uitwisseling tussen FIU\'s via FIU.net of Egmont, verder verstrekken alleen met voorafgaande toestemming van de verstrekkende FIU.', conditionsFr: 'Échange entre CRF via FIU.net ou Egmont, diffusion ultérieure uniquement avec l\'accord préalable de la CRF qui a fourni l\'information.', conditionsEn: 'Exchange between FIUs through FIU.net or Egmont, onward dissemination only with the prior consent of the providing FIU.'},
  {id: 'agr-diob-lbb', dataCategories: ['COMPANY_DATA', 'PERMIT_DATA'], crossBorder: true, mutual: true, conditionsNl: 'Per dossier en alleen voor zover beide wetten internationale verstrekking toelaten, anders beperkt tot openbare bedrijfsgegevens en kennisdeling.', conditionsFr: 'Par dossier et seulement dans la mesure où les deux lois autorisent la transmission internationale, sinon limité aux données publiques des entreprises et au partage de connaissances.', conditionsEn: 'Per case and only insofar as both acts allow international disclosure, otherwise limited to public company data and knowledge sharing.'},
  {id: 'agr-pz-antwerpen-politie-zwb', dataCategories: ['POLICE_DATA', 'IDENTITY_DATA', 'ADDRESS_DATA'], crossBorder: true, mutual: true, conditionsNl: 'Volgens het Benelux-politieverdrag: hit/no-hit-bevraging en rechtstreekse uitwisseling, gebruik voor bestuurlijke doeleinden alleen met toestemming van de verstrekkende staat.', conditionsFr: 'Selon le traité de police Benelux : consultation hit/no-hit et échange direct, utilisation à des fins administratives uniquement avec l\'accord de l\'État qui fournit l\'information.', conditionsEn: 'Under the Benelux Police Treaty: hit/no-hit queries and direct exchange, use for administrative purposes only with the consent of the providing state.'},
  {id: 'agr-pz-carma-politie-limburg', dataCategories: ['POLICE_DATA', 'IDENTITY_DATA', 'ADDRESS_DATA'], crossBorder: true, mutual: true, conditionsNl: 'Volgens het Benelux-politieverdrag, via de aangewezen contactpunten van beide korpsen, met registratie van elke bevraging.', conditionsFr: 'Selon le traité de police Benelux, via les points de contact désignés des deux corps, avec enregistrement de chaque consultation.', conditionsEn: 'Under the Benelux Police Treaty, through the designated contact points of both forces, with every query logged.'},
  {id: 'agr-euriec-ariec-limburg', dataCategories: ['COMPANY_DATA', 'PERMIT_DATA', 'ADDRESS_DATA'], crossBorder: true, mutual: true, conditionsNl: 'Per casus en op basis van de juridische memo\'s van EURIEC, elke partner verstrekt alleen wat hij op grond van zijn eigen nationale recht mag delen.', conditionsFr: 'Au cas par cas et sur la base des notes juridiques de l\'EURIEC, chaque partenaire ne fournit que ce que son propre droit national lui permet de partager.', conditionsEn: 'Case by case and based on EURIEC\'s legal memos, each partner provides only what its own national law allows it to share.'},
  {id: 'agr-riec-zwb-ariec-antwerpen', dataCategories: ['COMPANY_DATA', 'PERMIT_DATA'], crossBorder: true, mutual: true, conditionsNl: 'Voor grensoverschrijdende casussen in de grensstreek Antwerpen-West-Brabant, in principe via EURIEC-verzoekformulieren en beperkt tot bestuurlijke en openbare gegevens.', conditionsFr: 'Pour les cas transfrontaliers dans la région frontalière Anvers-Brabant occidental, en principe via les formulaires EURIEC et limité aux données administratives et publiques.', conditionsEn: 'For cross-border cases in the Antwerp-West Brabant border region, in principle through EURIEC request templates and limited to administrative and public data.'},
  {id: 'agr-ind-dvz', dataCategories: ['IDENTITY_DATA'], crossBorder: true, mutual: true, conditionsNl: 'Alleen voor de behandeling van verblijfs- en beschermingsaanvragen en de vaststelling van identiteit, via de formele kanalen tussen de migratiediensten.', conditionsFr: 'Uniquement pour le traitement des demandes de séjour et de protection et l\'établissement de l\'identité, via les canaux formels entre services de migration.', conditionsEn: 'Only for handling residence and protection applications and establishing identity, through the formal channels between the migration services.'},
  {id: 'agr-nla-rsz-ecosoc', dataCategories: ['INSPECTION_FINDINGS', 'SOCIAL_SECURITY_DATA', 'COMPANY_DATA'], crossBorder: true, mutual: true, conditionsNl: 'Via IMI of bilaterale afspraken tussen de inspecties, voor concrete controles naar detachering en arbeidsuitbuiting.', conditionsFr: 'Via IMI ou des accords bilatéraux entre inspections, pour des contrôles concrets portant sur le détachement et l\'exploitation par le travail.', conditionsEn: 'Through IMI or bilateral arrangements between the inspectorates, for specific inspections into posting and labour exploitation.'}
] AS row
MERGE (n:SharingAgreement {id: row.id})
ON CREATE SET n.version = 1, n.createdAt = datetime()
SET n.dataCategories = row.dataCategories,
    n.crossBorder = row.crossBorder,
    n.mutual = row.mutual,
    n.conditionsNl = row.conditionsNl,
    n.conditionsFr = row.conditionsFr,
    n.conditionsEn = row.conditionsEn;

UNWIND [
  ['agr-genk-pz-carma', 'org-stad-genk'],
  ['agr-genk-ariec-limburg', 'org-stad-genk'],
  ['agr-genk-rsz-ecosoc', 'org-stad-genk'],
  ['agr-genk-diob', 'org-stad-genk'],
  ['agr-hasselt-pz-hazodi', 'org-stad-hasselt'],
  ['agr-antwerpen-pz-antwerpen', 'org-stad-antwerpen'],
  ['agr-antwerpen-ariec-antwerpen', 'org-stad-antwerpen'],
  ['agr-antwerpen-diob', 'org-stad-antwerpen'],
  ['agr-ocmw-antwerpen-payoke', 'org-ocmw-antwerpen'],
  ['agr-rsz-arbeidsauditoraat', 'org-rsz-ecosoc'],
  ['agr-tilburg-riec-zwb', 'org-gemeente-tilburg'],
  ['agr-tilburg-politie-zwb', 'org-gemeente-tilburg'],
  ['agr-breda-lbb', 'org-gemeente-breda'],
  ['agr-eindhoven-riec-ob', 'org-gemeente-eindhoven'],
  ['agr-belastingdienst-riec-zwb', 'org-belastingdienst'],
  ['agr-ctif-fiu-nl', 'org-ctif-cfi'],
  ['agr-diob-lbb', 'org-diob'],
  ['agr-pz-antwerpen-politie-zwb', 'org-pz-antwerpen'],
  ['agr-pz-carma-politie-limburg', 'org-pz-carma'],
  ['agr-euriec-ariec-limburg', 'org-euriec'],
  ['agr-riec-zwb-ariec-antwerpen', 'org-riec-zeeland-west-brabant'],
  ['agr-ind-dvz', 'org-ind'],
  ['agr-nla-rsz-ecosoc', 'org-nla']
] AS row
MATCH (a:SharingAgreement {id: row[0]})
MATCH (b:Organisation {id: row[1]})
MERGE (a)-[:FROM]->(b);

UNWIND [
  ['agr-genk-pz-carma', 'org-pz-carma'],
  ['agr-genk-ariec-limburg', 'org-ariec-limburg'],
  ['agr-genk-rsz-ecosoc', 'org-rsz-ecosoc'],
  ['agr-genk-diob', 'org-diob'],
  ['agr-hasselt-pz-hazodi', 'org-pz-hazodi'],
  ['agr-antwerpen-pz-antwerpen', 'org-pz-antwerpen'],
  ['agr-antwerpen-ariec-antwerpen', 'org-ariec-antwerpen'],
  ['agr-antwerpen-diob', 'org-diob'],
  ['agr-ocmw-antwerpen-payoke', 'org-payoke'],
  ['agr-rsz-arbeidsauditoraat', 'org-arbeidsauditoraat-antwerpen'],
  ['agr-tilburg-riec-zwb', 'org-riec-zeeland-west-brabant'],
  ['agr-tilburg-politie-zwb', 'org-politie-zeeland-west-brabant'],
  ['agr-breda-lbb', 'org-landelijk-bureau-bibob'],
  ['agr-eindhoven-riec-ob', 'org-riec-oost-brabant'],
  ['agr-belastingdienst-riec-zwb', 'org-riec-zeeland-west-brabant'],
  ['agr-ctif-fiu-nl', 'org-fiu-nederland'],
  ['agr-diob-lbb', 'org-landelijk-bureau-bibob'],
  ['agr-pz-antwerpen-politie-zwb', 'org-politie-zeeland-west-brabant'],
  ['agr-pz-carma-politie-limburg', 'org-politie-limburg'],
  ['agr-euriec-ariec-limburg', 'org-ariec-limburg'],
  ['agr-riec-zwb-ariec-antwerpen', 'org-ariec-antwerpen'],
  ['agr-ind-dvz', 'org-dvz'],
  ['agr-nla-rsz-ecosoc', 'org-rsz-ecosoc']
] AS row
MATCH (a:SharingAgreement {id: row[0]})
MATCH (b:Organisation {id: row[1]})
MERGE (a)-[:TO]->(b);

UNWIND [
  ['agr-genk-pz-carma', 'legal-be-law-2024-municipal-enforcement'],
  ['agr-genk-pz-carma', 'legal-eu-gdpr-6-26'],
  ['agr-genk-ariec-limburg', 'legal-be-law-2024-municipal-enforcement'],
  ['agr-genk-ariec-limburg', 'legal-eu-gdpr-6-26'],
  ['agr-genk-rsz-ecosoc', 'legal-be-social-criminal-code'],
  ['agr-genk-rsz-ecosoc', 'legal-eu-gdpr-6-26'],
  ['agr-genk-diob', 'legal-be-law-2024-municipal-enforcement'],
  ['agr-genk-diob', 'legal-be-rd-2024-04-22'],
  ['agr-hasselt-pz-hazodi', 'legal-be-law-2024-municipal-enforcement'],
  ['agr-hasselt-pz-hazodi', 'legal-eu-gdpr-6-26'],
  ['agr-antwerpen-pz-antwerpen', 'legal-be-law-2024-municipal-enforcement'],
  ['agr-antwerpen-pz-antwerpen', 'legal-eu-gdpr-6-26'],
  ['agr-antwerpen-ariec-antwerpen', 'legal-be-law-2024-municipal-enforcement'],
  ['agr-antwerpen-ariec-antwerpen', 'legal-eu-gdpr-6-26'],
  ['agr-antwerpen-diob', 'legal-be-law-2024-municipal-enforcement'],
  ['agr-antwerpen-diob', 'legal-be-rd-2024-04-22'],
  ['agr-ocmw-antwerpen-payoke', 'legal-be-circular-2016-victims'],
  ['agr-ocmw-antwerpen-payoke', 'legal-eu-gdpr-6-26'],
  ['agr-rsz-arbeidsauditoraat', 'legal-be-social-criminal-code'],
  ['agr-tilburg-riec-zwb', 'legal-nl-riec-covenant'],
  ['agr-tilburg-riec-zwb', 'legal-nl-wgs'],
  ['agr-tilburg-riec-zwb', 'legal-eu-gdpr-6-26'],
  ['agr-tilburg-politie-zwb', 'legal-nl-riec-covenant'],
  ['agr-tilburg-politie-zwb', 'legal-eu-gdpr-6-26'],
  ['agr-breda-lbb', 'legal-nl-wet-bibob'],
  ['agr-eindhoven-riec-ob', 'legal-nl-riec-covenant'],
  ['agr-eindhoven-riec-ob', 'legal-nl-wgs'],
  ['agr-eindhoven-riec-ob', 'legal-eu-gdpr-6-26'],
  ['agr-belastingdienst-riec-zwb', 'legal-nl-riec-covenant'],
  ['agr-belastingdienst-riec-zwb', 'legal-nl-wgs'],
  ['agr-ctif-fiu-nl', 'legal-eu-amld-fiu-cooperation'],
  ['agr-ctif-fiu-nl', 'legal-be-aml-2017'],
  ['agr-ctif-fiu-nl', 'legal-nl-wwft'],
  ['agr-diob-lbb', 'legal-be-law-2024-municipal-enforcement'],
  ['agr-diob-lbb', 'legal-nl-wet-bibob'],
  ['agr-diob-lbb', 'legal-eu-gdpr-6-26'],
  ['agr-pz-antwerpen-politie-zwb', 'legal-benelux-police-treaty'],
  ['agr-pz-carma-politie-limburg', 'legal-benelux-police-treaty'],
  ['agr-euriec-ariec-limburg', 'legal-eu-gdpr-6-26'],
  ['agr-euriec-ariec-limburg', 'legal-benelux-police-treaty'],
  ['agr-riec-zwb-ariec-antwerpen', 'legal-eu-gdpr-6-26'],
  ['agr-riec-zwb-ariec-antwerpen', 'legal-nl-riec-covenant'],
  ['agr-ind-dvz', 'legal-eu-migration-management'],
  ['agr-ind-dvz', 'legal-eu-gdpr-6-26'],
  ['agr-nla-rsz-ecosoc', 'legal-eu-posting-enforcement']
] AS row
MATCH (a:SharingAgreement {id: row[0]})
MATCH (b:LegalBasis {id: row[1]})
MERGE (a)-[:BASED_ON]->(b);

UNWIND [
  ['agr-ctif-fiu-nl', 'doc-euriec-legal-memos'],
  ['agr-diob-lbb', 'doc-euriec-legal-memos'],
  ['agr-pz-antwerpen-politie-zwb', 'doc-euriec-legal-memos'],
  ['agr-pz-carma-politie-limburg', 'doc-euriec-legal-memos'],
  ['agr-euriec-ariec-limburg', 'doc-euriec-legal-memos'],
  ['agr-riec-zwb-ariec-antwerpen', 'doc-euriec-legal-memos'],
  ['agr-ind-dvz', 'doc-euriec-legal-memos'],
  ['agr-nla-rsz-ecosoc', 'doc-euriec-legal-memos']
] AS row
MATCH (a:SharingAgreement {id: row[0]})
MATCH (b:Document {id: row[1]})
MERGE (a)-[:SOURCED_FROM]->(b);

