/** Deal types fixed once a frame's parties are known: hardware "bought" from a company that sells computing is compute. */
import type { DocView } from './doc-view.js';
import { sectorOf, type Frame } from './frame.js';

/** Sellers that rent out capacity and make no hardware of their own. */
const COMPUTE_SELLERS = new Set(['neocloud', 'infrastructure']);

/**
 * The frames with each hardware purchase from a GPU cloud or data-centre operator read as compute ("Nvidia pays
 * Lambda to use GPUs", "Microsoft's GPU contract with Nscale"): such a seller rents the chips it runs, it does not
 * sell them. Frames are returned as they are otherwise (same array when nothing changes).
 * NOTE: a cloud that designs chips (Google's TPUs, Amazon's Trainium) can sell hardware, so only these two sectors.
 */
export function retypeFrames(v: DocView, frames: Frame[]): Frame[] {
  let out: Frame[] | null = null;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (f.type !== 'hardware_purchase' || !f.to || !COMPUTE_SELLERS.has(sectorOf(v, f.to) ?? '')) continue;
    out ??= frames.slice();
    out[i] = { ...f, type: 'compute_purchase' };
  }
  return out ?? frames;
}
