// Which actions the console offers: a mirror of OperatorRoles and CaseService's stage table
// (docs/DESIGN.md §13, §13a) so that only what can succeed is shown. Central decides: a refused
// action is answered 403/409/400 and the page says so.

export const STAGES = [
  'submitted', 'accepted', 'correction', 'review', 'approved', 'denied', 'ready_for_pickup',
  'refused', 'delivered',
]

const CLERK_MOVES = ['accepted', 'refused', 'correction', 'delivered']
const OFFICER_MOVES = ['review', 'approved', 'denied', 'ready_for_pickup', 'delivered', 'correction']

/** Stages case @p c may move to from where it is (CaseService::next and the correction rule). */
export function nextStages(c) {
  switch (c.stage) {
    case 'submitted': return ['accepted', 'refused', 'correction']
    case 'accepted': return ['review', 'correction']
    case 'correction': return c.accepted_at ? ['review'] : ['accepted', 'refused']
    case 'review': return ['approved', 'denied', 'correction']
    case 'approved': return ['ready_for_pickup', 'delivered']
    case 'denied': return ['delivered']
    case 'ready_for_pickup': return ['delivered']
    default: return []
  }
}

/** The moves operator @p op may make on case @p c now (scope is already central's answer). */
export function allowedMoves(op, c) {
  if (!op) return []
  const next = nextStages(c)
  if (op.role === 'clerk')
    return next.filter((s) => CLERK_MOVES.includes(s) && (s !== 'delivered' || c.stage === 'ready_for_pickup'))
  if (op.role === 'officer') return next.filter((s) => OFFICER_MOVES.includes(s))
  return []
}

/** What a move to @p stage asks for: a reason, materials and a due date, a result number. */
export function moveNeeds(stage) {
  return {
    reason: stage === 'refused' || stage === 'denied',
    optionalReason: stage === 'correction',
    materials: stage === 'correction',
    result: stage === 'approved',
  }
}

export const listsCases = (op) => !!op && op.role !== 'technician'
export const handlesMaterials = (op) => !!op && op.role === 'clerk'
export const mayReveal = (op) => !!op && (op.role === 'clerk' || op.role === 'officer')

/** The scope key of @p op's queue (mine / my township / my department). */
export function scopeKey(op) {
  if (!op) return 'scope.banner'
  if (op.role === 'clerk') return 'scope.townships'
  if (op.role === 'officer') return 'scope.departments'
  return 'scope.banner'
}

// 好差评 (docs/DESIGN.md §13c, OperatorRoles): who reads ratings and who exports them. Which
// follow-up steps an operator may take is central's answer (a follow-up's `may`), not guessed here.
export const readsRatings = (op) => !!op && ['clerk', 'officer', 'supervisor'].includes(op.role)
export const exportsRatings = (op) => !!op && (op.role === 'officer' || op.role === 'supervisor')
