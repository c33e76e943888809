/** Deal frames for a whole document: trigger words dispatched to their handlers, duplicates folded. */
import type { Amount } from '../core/amount.js';
import type { DocView, Mention, ValueSpan } from './doc-view.js';
import { isVenture, type Frame, type FrameHandler } from './frame.js';
import { ownsVenture } from './context-venture.js';
import { gappedFrames } from './frames-gapped.js';
import { investorRole } from './frames-funding-among.js';
import { anchor, giveMoney } from './frames-funding-give.js';
import { backed, contribution, fundingFrom, invest, investment, moneyVerb, raise } from './frames-funding.js';
import { led, participate } from './frames-funding-lead.js';
import { buy, commitments, order, sell, spend, use } from './frames-purchase.js';
import { dealNoun } from './frames-purchase-deal.js';
import { computeAt, rent, workingWith } from './frames-purchase-rent.js';
import { madeFor } from './frames-purchase-build.js';
import { addedTo } from './frames-purchase-added.js';
import { committedTo } from './frames-purchase-commit.js';
import { accounted, revenueFrom, roleNoun } from './frames-purchase-roles.js';
import { listedHardware } from './frames-list-purchase.js';
import { acquire, exclusive, grant, license, loan, passShare, revenueShare, rightsTo, warrantsIn } from './frames-rights.js';
import { own, shareholder, stake, stakeSale } from './frames-stake.js';
import { shareholderRole } from './frames-stake-role.js';
import { paidForStake } from './frames-stake-paid.js';
import { shareBuy } from './frames-funding-shares.js';
import { stakeTaken } from './frames-stake-taken.js';
import { saleBuyers, secondarySale } from './frames-stake-secondary.js';
import { acquisitionBy, backstop, debtBuy, distribution, leaseSite, lenderGroup, lendersAmong, rentSpace, vehicleLease } from './frames-structure.js';
import { arrangedFacility, arrangingDebt, leadingLenders } from './frames-structure-lenders.js';
import { lendersToVehicle, lendToVehicle } from './frames-structure-lenders-vehicle.js';
import { debtTaken, debtWentTo } from './frames-structure-lenders-debt.js';
import { equityFrom, sourcedFrom } from './frames-venture-equity.js';
import { leaseInContext, leasePayments } from './frames-structure-lease.js';
import { withContributing } from './frames-venture-with.js';
import { funders, joinVenture, teamUp, venture, ventureFounded, ventureLaunch, ventureShare } from './frames-venture.js';
import { dealIsWorth, dealReference } from './frames-reference.js';
import { fromRevenueShare, shareClause } from './frames-rights-share.js';
import { sharePaid } from './frames-rights-share-paid.js';
import { licenceGiven } from './frames-rights-licence-given.js';
import { STAKE_SALE_VERBS } from './sale-proceeds.js';
import { chipFleet } from './frames-purchase-fleet.js';
import { backlogContracts, wonContract } from './frames-purchase-won.js';
import { boughtFrom } from './frames-purchase-gap.js';
import { signUpFor, tapFor } from './frames-purchase-tap.js';
import { roleClause } from './frames-purchase-role-clauses.js';
import { powerOn } from './frames-purchase-power.js';
import { boughtWhich, dealValuedAt, mergeWith, offerPutTo, passiveTakeover, soldItself, takeoverBy, takeUnknown } from './frames-acquisition.js';

const TRIGGERS = new Map<string, readonly FrameHandler[]>();
/** Verbs of handing money over, read both as passing on a share (passShare) and as paying one (sharePaid). */
const HANDING_VERBS = 'pass passes passed passing hand hands handed handing give gives gave giving';
function on(words: string, ...handlers: FrameHandler[]): void {
  for (const w of words.split(/\s+/).filter(Boolean)) TRIGGERS.set(w, [...(TRIGGERS.get(w) ?? []), ...handlers]);
}

on('invest invests invested investing reinvest', invest);
on('investment investments pledge pledges bet bets', investment);
on('funding financing backing capital money cash support', fundingFrom);
on('commitment commitments', commitments);
on('working work works worked partnering partners partnered teaming collaborating', workingWith);
on('capacity compute computing power servers', computeAt);
on('raise raises raised raising secure secures secured securing land lands landed obtain obtained attract attracted draw drew', raise);
on('bag bags bagged bagging net nets netted netting pull pulls pulled pulling haul hauls hauled pocket pockets pocketed scoop scoops scooped snag snags snagged rake rakes raked', raise);
on('receive receives received receiving get gets got', raise, grant, revenueShare);
on('led co-led lead leads leading', led);
on('participate participates participated participating join joins joined joining part', participate);
on('backed funded financed bankrolled back backs fund funds finances backing', backed);
on('put puts putting pour pours poured pouring inject injects injected injecting plow plows plowed commit commits committed committing contribute contributes contributed contributing pledge pledges pledged pledging add adds added adding', moneyVerb);
on('chipped chipping', moneyVerb);
on('hand hands handed handing give gives gave giving write writes wrote writing', giveMoney);
on('anchor anchors anchored anchoring', anchor);
on('pump pumps pumped pumping plough ploughs ploughed ploughing sink sinks sank sunk sinking funnel funnels funneled funnelled funneling funnelling channel channels channeled channelled', moneyVerb);
on('provide provides provided providing', moneyVerb, sell);
on('contribution contributions', contribution);
on('rent rents renting rented lease leases leasing leased', rent);
on('buy buys buying bought purchase purchases purchased purchasing', buy, acquire);
on('order orders ordered ordering', buy, order);
on('procure procures procured procuring contracted reserve reserves reserved reserving', buy);
on('snap snaps snapped snapping gobble gobbles gobbled gobbling', buy, acquire);
on('swallow swallows swallowed swallowing absorb absorbs absorbed absorbing', acquire);
on('acquire acquires acquired acquiring acquisition acquisitions takeover buyout bid bids', acquire);
on('take takes took taking', acquire, revenueShare, use);
on('train trains trained use uses using used deploy deploys deployed deploying adopt adopts adopted incorporate incorporates incorporated incorporating integrate integrates integrated integrating tap taps tapped build builds built offer offers run runs running relies rely relying install installs fill fills filled equip equips equipped', use);
on('build builds building built make makes making made design designs designed designing develop develops developed developing manufacture manufactures manufactured manufacturing produce produces produced producing construct constructs constructed constructing deploy deploys deployed deploying install installs installed installing', madeFor);
on('spend spends spending spent pay pays paying paid', spend);
on('sell sells selling sold supply supplies supplying supplied deliver delivers delivered delivering ship ships shipped', sell);
on('deal deals contract contracts agreement agreements pact pacts partnership arrangement', dealNoun);
on('chips chip gpus gpu processors processor accelerators accelerator semiconductors tpus tpu hardware superchips racks systems servers', listedHardware);
on('backer backers investor investors funder funders', roleNoun, funders);
on('shareholder shareholders', shareholderRole, funders);
on('backer backers investor investors funder funders', investorRole);
on('customer customers client clients provider providers supplier suppliers vendor vendors lender lenders', roleNoun);
on('add adds added adding', addedTo);
on('committed commits commit committing', committedTo);
on('acquire acquires acquired acquiring', buy);
on('accounted accounts represented made makes represents generated generates', accounted);
on('revenue revenues sales', revenueFrom);
on('stake stakes holding holdings slice slices chunk chunks', stake);
on('stake holding', paidForStake);
on('buy buys buying bought purchased purchasing', shareBuy);
on('stake', stakeTaken);
on('sold sell sells selling offloaded', secondarySale);
on('buyers buyer', saleBuyers);
on('owns own owned holds hold held holding owning controls', own);
on('exclusive exclusively', exclusive);
on('license licenses licensed licensing licence licences', license, licenceGiven);
on('grant grants granted granting issue issues issued issuing give gives gave award awards awarded hand hands handed handing', grant);
on('collect collects keep keeps', revenueShare);
on('loan loans lend lends lent lending borrow borrows borrowed borrowing', loan);
on('venture ventures partner partners', venture);
on('partner', roleNoun);
on('set formed founded created established launched', ventureFounded);
on('put puts pegged pegs estimated estimate estimates valued values value', dealReference);
on('deal contract agreement investment commitment order pact', dealIsWorth);
on('announced announces unveiled unveils unveil launched launches formed forms created creates', ventureLaunch);
on('join joins joined joining', joinVenture);
on('team teams teamed teaming partnering partnered', teamUp);
on('share', ventureShare);
on(STAKE_SALE_VERBS, stakeSale);
on('shareholder shareholders', shareholder);
on('lease leases leased leasing', leaseSite, leaseInContext);
on('rent rents rented renting', rentSpace);
on('backstop backstops backstopped backstopping guarantee guarantees guaranteed guaranteeing', backstop);
on('receive receives received receiving get gets got', distribution);
on('debt bonds bond notes note debentures', debtBuy);
on('loan loans', lenderGroup);
on('purchase acquisition takeover deal buyout', acquisitionBy);
on('warrant warrants', warrantsIn);
on('rights right', rightsTo);
on('offer offers', acquire);
on('vehicle vehicles spv', vehicleLease);
on('lenders lender', lendersAmong, lendersToVehicle);
on('lend lends lent lending', lendToVehicle);
on('debt bonds notes loans', debtTaken);
on('went', debtWentTo);
on('group syndicate consortium club', leadingLenders);
on('providing contributing putting investing chipping supplying', withContributing);
on('come came comes coming', equityFrom);
on('equity debt', sourcedFrom);
on('payments payment', leasePayments);
on('arranged led provided underwritten syndicated', arrangedFacility);
on('leading arranging arranged underwriting underwrote heading providing provided', arrangingDebt);
on(HANDING_VERBS, passShare);
on(`pay pays paying paid ${HANDING_VERBS}`, sharePaid);
on('cut share portion slice', shareClause);
on('share sharing', fromRevenueShare);
on('chips gpus processors accelerators superchips', chipFleet);
on('bought purchased taken snapped swallowed absorbed', passiveTakeover);
on('bought acquired purchased', boughtWhich);
on('sold sell sells selling', soldItself);
on('merge merges merged merging merger', mergeWith);
on('buy buys buying bought acquire acquires acquiring purchase purchases purchasing take takes took taking swallow swallows swallowed swallowing absorb absorbs absorbed absorbing snap snaps snapped snapping gobble gobbles gobbled gobbling', takeUnknown);
on('takeover acquisition purchase buyout', takeoverBy);
on('valued values', dealValuedAt);
on('offer offers bid bids proposal approach', offerPutTo);
on('contract contracts deal deals order orders agreement agreements', wonContract);
on('contracts deals agreements', backlogContracts);
on('buy buys buying bought purchase purchases purchased purchasing ordered procure procured sourced rent rents rented lease leases leased', boughtFrom);
on('tap taps tapped tapping enlist enlists enlisted enlisting hire hires hired hiring pick picks picked picking choose chooses chose chosen select selects selected', tapFor);
on('sign signs signed signing', signUpFor);
on('customer customers client clients buyer buyers', roleClause);
on('gigawatt gigawatts gw megawatt megawatts mw', powerOn);

const partyKey = (m: Mention | null): string => (m ? m.entityId ?? `?${m.name.toLowerCase()}` : '-');

/** The frames every trigger in the document starts, one per (type, from, to) and sentence. */
export function findFrames(v: DocView, taken: ReadonlySet<ValueSpan<Amount>>): Frame[] {
  const out: Frame[] = [];
  for (let s = 0; s < v.sentences.length; s++) {
    const c = { v, s, taken };
    const found = new Map<string, Frame>();
    const end = v.sentTok[s + 1]!;
    // NOTE: indexed loops, not for-of: this loop runs every handler, and an iterator's try/finally per loop made
    // the function's optimised code large and slow to rebuild each time a new frame shape deoptimised it.
    for (let k = v.sentTok[s]!; k < end; k++) {
      const handlers = TRIGGERS.get(v.tokens[k]!.lower);
      if (!handlers) continue;
      for (let i = 0; i < handlers.length; i++) {
        const got = handlers[i]!(c, k);
        for (let j = 0; j < got.length; j++) keep(v, found, got[j]!);
      }
    }
    // NOTE: "A pledged $15bn, and B about $7bn": a gapped conjunct repeats the frame before it, unless a handler read it already.
    if (found.size) {
      const gapped = gappedFrames(v, [...found.values()]);
      for (let i = 0; i < gapped.length; i++) {
        const g = gapped[i]!;
        const key = frameKey(g);
        if (!found.has(key)) found.set(key, g);
      }
    }
    for (const f of found.values()) out.push(f);
  }
  return out;
}

/** One key per deal type and party pair: frames of a sentence with the same key are one deal. */
const frameKey = (f: Frame): string => `${f.type}|${partyKey(f.from)}|${partyKey(f.to)}`;

/** Add a handler's frame to its sentence's frames, folding it into an equal one already found. */
function keep(v: DocView, found: Map<string, Frame>, g: Frame): void {
  // NOTE: money a venture pays its own owner ("a distribution from the venture") is not an investment in the owner.
  if (g.type === 'equity_investment' && ownsVenture(v, g.to, g.from)) return;
  // NOTE: equity into a joint venture is a contribution to it, whichever handler read it.
  // NOTE: Object.assign, not a spread, at the two rare copies here: a spread's copy is specialised to the frame shapes
  // seen so far, and each new handler's shape deoptimised the whole trigger loop (several rebuilds per pass).
  const f: Frame = g.type === 'equity_investment' && isVenture(v, g.to) ? Object.assign({}, g, { type: 'joint_venture' as const }) : g;
  let key = frameKey(f);
  // NOTE: two figures for the same pair in one sentence ("a $10 billion order ... a further $11 billion order") both count.
  const same = f.amount ? found.get(key) : undefined;
  if (same?.amount && same.amount !== f.amount) key += `|${f.amount!.start}`;
  const prev = found.get(key);
  if (!prev) found.set(key, f);
  else if (f.strength > prev.strength || (!prev.amount && f.amount)) found.set(key, Object.assign({}, f, { amount: f.amount ?? prev.amount }));
}
