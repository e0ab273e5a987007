import { Text } from 'react-konva';
import type { FittedText } from '@shared/board/fit-text';
import { FONT_FAMILY } from './frame-geometry';

interface FittedLinesProps {
  fit: FittedText;
  /** Which text of the card this is ('words', 'who', 'title', 'body', 'text'), for the automation probe. */
  role: string;
  x: number;
  y: number;
  width: number;
  fill: string;
  fontStyle?: 'normal' | 'bold' | 'italic';
  opacity?: number;
}

/**
 * Lines already fitted by the shared rule, drawn as they are: Konva neither wraps them again nor
 * cuts them, so what the card shows is the whole text at the size the rule chose.
 */
export function FittedLines({ fit, role, x, y, width, fill, fontStyle = 'normal', opacity = 1 }: FittedLinesProps) {
  return (
    <Text
      x={x}
      y={y}
      width={width}
      text={fit.lines.join('\n')}
      fontSize={fit.size}
      fontStyle={fontStyle}
      fontFamily={FONT_FAMILY}
      lineHeight={fit.lineHeight}
      fill={fill}
      opacity={opacity}
      wrap="none"
      name={`fitted-text ${role}`}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}
