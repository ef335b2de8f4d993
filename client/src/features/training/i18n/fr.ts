/** The training's texts in French. */
import type { TrainingTextKey } from './nl';

export const fr: Record<TrainingTextKey, string> = {
  title: 'S’exercer avec le réseau',
  intro:
    'Exercez-vous sur des situations tirées du réseau réel. Chaque question est construite à partir des données du jour : qui appeler d’abord, ce que vous pouvez partager et sur quelle base, et quelle mesure votre commune peut prendre.',
  anonymous:
    'Vous pouvez vous exercer sans vous connecter, mais votre progression n’est conservée que si vous êtes connecté.',
  progressTitle: 'Votre progression',
  progressNone: 'Vous n’avez encore répondu à aucune question.',
  progressRow: '{done} scénarios terminés sur {total}, {correct} réponses justes sur {answered}',
  lastAttempt: 'Dernière tentative : {date}',
  scenariosTitle: 'Scénarios par barrière',
  scenarioLink: '{signal} — {place}',
  done: 'terminé',
  kicker: 'Scénario d’exercice',
  story: 'À {place}, vous remarquez ce signal : {signal}.',
  storyCaller: 'Vous travaillez pour {municipality}.',
  stepOf: 'Question {n} sur {total}',
  'question.FIRST_CALL': 'Qui appelez-vous en premier ?',
  'question.SHARING': 'Que pouvez-vous partager avec {partner}, et sur quelle base ?',
  'question.MEASURE': 'Quelle mesure votre commune peut-elle prendre ?',
  'questionShort.FIRST_CALL': 'Qui appeler d’abord',
  'questionShort.SHARING': 'Que partager, sur quelle base',
  'questionShort.MEASURE': 'Quelle mesure',
  check: 'Vérifier ma réponse',
  next: 'Question suivante',
  finish: 'Voir le résultat',
  errorSummary: 'Il y a un problème',
  errorChoose: 'Choisissez une réponse',
  correct: 'Juste',
  wrong: 'Pas juste',
  rightAnswer: 'La bonne réponse : {answer}',
  'why.role': 'Rôle pour cette barrière : {role}.',
  'why.coverage': 'Zone couverte ({scope}) : {path}.',
  'why.primary': 'Ce contact est leur premier point de contact pour cette barrière.',
  'why.backup': 'Ce contact est leur point de contact suppléant pour cette barrière.',
  'why.via': 'Homologue de l’autre côté de la frontière de {organisation}.',
  'why.data': 'Vous pouvez partager : {data}.',
  'why.basis': 'Base légale : {basis}.',
  'why.conditions': 'Conditions : {conditions}',
  'why.noAgreement':
    'Aucun accord de partage de données n’est enregistré entre votre commune et ce partenaire. Ne partagez aucune donnée personnelle avant d’avoir vérifié la base légale.',
  'why.source':
    'Cette réponse vient du réseau tel qu’il est maintenant ; si le réseau change, la réponse change aussi.',
  'choice.noAgreement':
    'Aucun accord n’est enregistré : ne rien partager avant d’avoir vérifié la base légale',
  'choice.agreement': '{data}, sur la base de {basis}',
  recorded: 'Votre réponse est enregistrée dans votre progression.',
  notRecorded:
    'Votre réponse n’est pas enregistrée : connectez-vous pour suivre votre progression.',
  finishedTitle: 'Scénario terminé',
  finishedScore: '{correct} questions justes sur {total}.',
  backToList: 'Retour aux scénarios',
  noQuestions:
    'Le réseau n’a pas encore de questions pour ce scénario : aucun partenaire ni aucune mesure n’est enregistré.',
  mistakesTitle: 'Là où le personnel se trompe le plus souvent',
  mistakesIntro:
    'Pour votre zone, par barrière et par question. Uniquement des nombres, jamais de noms.',
  mistakesNone: 'Aucune réponse n’a encore été donnée dans votre zone.',
  'col.barrier': 'Barrière',
  'col.question': 'Question',
  'col.answered': 'Réponses',
  'col.wrong': 'Erreurs',
};
