import { z } from 'zod';
import { MAX_SIGNAL_FRAME_BYTES } from './protocol';
import { peerIdSchema } from './hub-frames';

/**
 * y-webrtc's signaling protocol, as our server accepts it. The stock server forwards anything;
 * ours accepts only these shapes (y-webrtc without its `password` option sends plain objects).
 */

const topics = z.array(z.string().max(64)).max(8);

export const signalDataSchema = z
  .object({
    type: z.enum(['announce', 'signal']),
    from: peerIdSchema,
    to: peerIdSchema.optional(),
    token: z.number().optional(),
    signal: z.unknown().optional(),
  })
  .strict();

export const signalFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topics }).strict(),
  z.object({ type: z.literal('unsubscribe'), topics }).strict(),
  z.object({ type: z.literal('publish'), topic: z.string().max(64), data: signalDataSchema }).strict(),
  z.object({ type: z.literal('ping') }).strict(),
]);
export type SignalFrame = z.infer<typeof signalFrameSchema>;

export function parseSignalFrame(text: string): SignalFrame | null {
  if (text.length > MAX_SIGNAL_FRAME_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = signalFrameSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
