import { z } from 'zod';
import type { IndustryNode, RegionNode } from './reference-data.ts';

export const pathNodeSchema = z.object({ code: z.string(), name: z.string() });

/**
 * A tree of the given depth, spelled out level by level (a recursive schema would need shared components, which
 * the API document does not carry); the deepest level's children are always empty.
 */
function treeOf<Node>(fields: z.ZodRawShape, depth: number): z.ZodType<Node[]> {
  let node: z.ZodType = z.object({ ...fields, children: z.array(z.never()).describe('Always empty at this level') });
  for (let level = 1; level < depth; level++) node = z.object({ ...fields, children: z.array(node) });
  return z.array(node) as unknown as z.ZodType<Node[]>;
}

export const industryTreeSchema = treeOf<IndustryNode>(
  {
    code: z.string().describe("With its section letter at every level: 'C', 'C39', 'C391', 'C3911'"),
    name: z.string(),
    level: z.number().int().min(1).max(4).describe('1 section, 2 division, 3 group, 4 class'),
  },
  4,
);

export const regionTreeSchema = treeOf<RegionNode>(
  {
    code: z.string().describe("GB/T 2260 code: province '370000', city '370200', district '370212'"),
    name: z.string(),
  },
  3,
);

export const industrySearchQuery = z.object({ q: z.string().trim().min(1).max(100) });

export const industryMatchSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  remark: z.string().nullable(),
  path: z.array(pathNodeSchema).describe('Section first, ending with the industry itself'),
});
