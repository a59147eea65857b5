import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { Person } from '@/lib/model';
import { layoutMap, type MapLayout } from '@/lib/people/layout';
import { canReportTo } from '@/lib/people/reporting';
import { fitView, revealRect, toContent, zoomAt, type View } from '@/lib/people/viewport';
import { useApp } from '../app/AppContext';
import { describePerson } from './describePerson';
import { AttitudeIcon } from './AttitudeIcon';
import { influenceDots, ROLE_COLOURS } from './roleStyle';

/** A person's box: at least this wide, wider when the map's columns leave room in the box. */
export const NODE_W = 156;
const NODE_MAX_W = 248;
export const NODE_H = 62;
const GAP_X = 14;
const GAP_Y = 34;
/** The map's margin in its box (as `fitView` leaves it). */
const PADDING = 12;
/**
 * Average advance of a character of a node's name and of its position line (px), Cyrillic being
 * the widest; a line that is still longer is clipped at the node's edge.
 */
const NAME_CHAR_W = 7;
const POSITION_CHAR_W = 5.9;
/** Room kept right of the role on a node's last line: the attitude's shape and the dots. */
const META_W = 78;
/**
 * People without reports of their own stack under their boss as a list of up to eight, then in up
 * to three columns: a 40-person map stays tall rather than wide, so fitted to a 400 px panel names
 * stay legible, and the map's box grows in height (up to a limit) instead of shrinking the text.
 */
const MAX_PER_ROW = 3;
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 520;

function mapHeight(layout: MapLayout, width: number): number {
  const scale = Math.min(1, (width - 2 * PADDING) / Math.max(1, layout.width));
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, layout.height * scale + 24)));
}
/** Pointer travel (px) before a press on a node becomes a drag rather than a click. */
const DRAG_THRESHOLD = 5;
/** How far one arrow key pans the map (px). */
const PAN_STEP = 40;
const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
};

export function mapLayoutOf(people: readonly Person[], nodeWidth = NODE_W): MapLayout {
  return layoutMap(people, {
    nodeWidth,
    nodeHeight: NODE_H,
    gapX: GAP_X,
    gapY: GAP_Y,
    maxPerRow: MAX_PER_ROW,
  });
}

/**
 * The map laid out for a box `boxWidth` px wide: its columns share the box's width, so a small
 * group's names are not cut in narrow boxes while half the box stays empty; a wide tree keeps the
 * narrowest nodes and is zoomed out to fit as before.
 */
function sizedLayout(people: readonly Person[], boxWidth: number): MapLayout & { nodeW: number } {
  const base = mapLayoutOf(people);
  const columns = Math.max(1, Math.round((base.width + GAP_X) / (NODE_W + GAP_X)));
  const room = (boxWidth - 2 * PADDING - (columns - 1) * GAP_X) / columns;
  const nodeW = Math.floor(Math.min(NODE_MAX_W, Math.max(NODE_W, room)));
  return { ...(nodeW === NODE_W ? base : mapLayoutOf(people, nodeW)), nodeW };
}

/** Cuts text to fit a node line; the full text is in the node's accessible name and tooltip. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

type Press =
  | { kind: 'pan'; x: number; y: number; view: View; id: number }
  | { kind: 'node'; personId: string; x: number; y: number; moved: boolean; id: number };

/**
 * The reporting tree as an SVG: solid lines for "reports to", dashed arrows for influence. Zoom
 * with the wheel or the buttons, pan by dragging the background, fit with one click. Drag a
 * person onto another to make them report to that person; click (or Enter) to edit.
 */
export function PeopleMap({
  people,
  selectedId,
  onSelect,
  onReportTo,
}: {
  people: readonly Person[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onReportTo: (personId: string, bossId: string) => void;
}) {
  const { t } = useApp();
  const [boxWidth, setBoxWidth] = useState(380);
  const layout = useMemo(() => sizedLayout(people, boxWidth), [people, boxWidth]);
  const { nodeW } = layout;
  const textClip = `${useId()}-text`;
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const pos = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const boxRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const viewRef = useRef(view);
  viewRef.current = view;
  const press = useRef<Press | null>(null);
  const [drag, setDrag] = useState<{ personId: string; x: number; y: number } | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const MAP_HEIGHT = mapHeight(layout, boxWidth);

  const fit = useCallback(() => {
    const box = boxRef.current;
    const width = box?.clientWidth || 380;
    setBoxWidth(width);
    setView(fitView(layout, { width, height: mapHeight(layout, width) }));
  }, [layout]);

  // Refit when people come or go or the box changes width; edits that keep the shape leave the
  // rep's zoom alone.
  const shape = `${layout.width}x${layout.height}@${boxWidth}`;
  useEffect(() => {
    fit();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shape]);

  // The panel resized (or the dashboard's window): nodes take the new width, the map refits.
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth) setBoxWidth(box.clientWidth);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // React's wheel listener is passive; zooming must stop the panel from scrolling.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = box.getBoundingClientRect();
      const factor = Math.exp(-e.deltaY * 0.0015);
      setView((v) => zoomAt(v, factor, e.clientX - rect.left, e.clientY - rect.top));
    };
    box.addEventListener('wheel', onWheel, { passive: false });
    return () => box.removeEventListener('wheel', onWheel);
  }, []);

  const local = (e: PointerEvent) => {
    const rect = boxRef.current!.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const nodeAt = (px: number, py: number, except?: string): string | null => {
    const c = toContent(viewRef.current, px, py);
    const hit = layout.nodes.find(
      (n) =>
        n.id !== except && c.x >= n.x && c.x <= n.x + nodeW && c.y >= n.y && c.y <= n.y + NODE_H,
    );
    return hit?.id ?? null;
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const p = local(e);
    const personId = nodeAt(p.x, p.y);
    press.current = personId
      ? { kind: 'node', personId, x: p.x, y: p.y, moved: false, id: e.pointerId }
      : { kind: 'pan', x: p.x, y: p.y, view: viewRef.current, id: e.pointerId };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const current = press.current;
    if (!current || current.id !== e.pointerId) return;
    const p = local(e);
    if (current.kind === 'pan') {
      setView({
        ...current.view,
        x: current.view.x + p.x - current.x,
        y: current.view.y + p.y - current.y,
      });
      return;
    }
    if (!current.moved && Math.hypot(p.x - current.x, p.y - current.y) < DRAG_THRESHOLD) return;
    current.moved = true;
    const c = toContent(viewRef.current, p.x, p.y);
    setDrag({ personId: current.personId, x: c.x, y: c.y });
    setDropTarget(nodeAt(p.x, p.y, current.personId));
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    const current = press.current;
    press.current = null;
    setDrag(null);
    setDropTarget(null);
    if (!current || current.kind !== 'node') return;
    if (!current.moved) {
      onSelect(current.personId);
      return;
    }
    const p = local(e);
    const target = nodeAt(p.x, p.y, current.personId);
    if (!target) return;
    const who = byId.get(current.personId);
    const boss = byId.get(target);
    if (!who || !boss) return;
    if (canReportTo(people, who.id, boss.id)) {
      onReportTo(who.id, boss.id);
      setNotice(t('people.map.moved', { name: name(who), boss: name(boss) }));
    } else {
      setNotice(t('people.map.cycle', { name: name(who), boss: name(boss) }));
    }
  };
  const name = (p: Person) => p.fullName || p.position || t('people.unnamed');

  const zoomBy = (factor: number) => {
    const width = boxRef.current?.clientWidth || 380;
    setView((v) => zoomAt(v, factor, width / 2, MAP_HEIGHT / 2));
  };
  // A person reached with Tab is brought into view, however the map was zoomed or panned.
  const reveal = (personId: string) => {
    const node = pos.get(personId);
    if (!node) return;
    const viewport = { width: boxRef.current?.clientWidth || 380, height: MAP_HEIGHT };
    setView((v) => revealRect(v, { x: node.x, y: node.y, width: nodeW, height: NODE_H }, viewport));
  };
  // The keyboard's pan and zoom: arrows move the map, + and − zoom, 0 fits it.
  const onMapKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const pan = PAN_KEYS[e.key];
    if (pan) setView((v) => ({ ...v, x: v.x + pan[0], y: v.y + pan[1] }));
    else if (e.key === '+' || e.key === '=') zoomBy(1.25);
    else if (e.key === '-') zoomBy(0.8);
    else if (e.key === '0') fit();
    else return;
    e.preventDefault();
  };

  return (
    <div className="people-map">
      <div className="people-map__tools" role="toolbar" aria-label={t('people.map.tools')}>
        <button type="button" className="button button--quiet" onClick={() => zoomBy(1.25)}>
          {t('people.map.zoomIn')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => zoomBy(0.8)}>
          {t('people.map.zoomOut')}
        </button>
        <button type="button" className="button button--quiet" onClick={fit}>
          {t('people.map.fit')}
        </button>
        <span className="status" aria-hidden="true">
          {Math.round(view.scale * 100)}%
        </span>
      </div>
      <div
        ref={boxRef}
        className="people-map__box"
        style={{ height: MAP_HEIGHT }}
        onKeyDown={onMapKey}
      >
        <svg
          className="people-map__svg"
          role="group"
          aria-label={t('people.map.label')}
          width="100%"
          height={MAP_HEIGHT}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            press.current = null;
            setDrag(null);
          }}
        >
          <defs>
            <marker
              id="people-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="people-map__arrow" />
            </marker>
            <clipPath id={textClip}>
              <rect width={nodeW - 6} height={NODE_H} />
            </clipPath>
          </defs>
          <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
            {layout.reportingEdges.map((e) => {
              const a = pos.get(e.from);
              const b = pos.get(e.to);
              if (!a || !b) return null;
              const x1 = a.x + nodeW / 2;
              const y1 = a.y + NODE_H;
              const x2 = b.x + nodeW / 2;
              const y2 = b.y;
              // A report in a later row of a stacked list: run down the gap left of its column
              // and enter from the side, so the line never passes through the people above it.
              const stacked = b.y - a.y > NODE_H + GAP_Y + 1;
              const d = stacked
                ? `M${x1},${y1} V${y1 + GAP_Y / 2} H${b.x - GAP_X / 2} V${y2 + NODE_H / 2} H${b.x}`
                : `M${x1},${y1} V${y2 - GAP_Y / 2} H${x2} V${y2}`;
              return <path key={`r-${e.from}-${e.to}`} className="people-map__report" d={d} />;
            })}
            {layout.influenceEdges.map((e) => {
              const a = pos.get(e.from);
              const b = pos.get(e.to);
              if (!a || !b) return null;
              const x1 = a.x + nodeW / 2;
              const y1 = a.y + NODE_H / 2;
              const x2 = b.x + nodeW / 2;
              const y2 = b.y + NODE_H / 2;
              // Bow the curve sideways so it does not run along a reporting line.
              const bow = 40 + Math.abs(x2 - x1) * 0.15;
              const cx = (x1 + x2) / 2 + bow;
              const cy = (y1 + y2) / 2 - bow / 2;
              const endX = x2 + (x2 > cx ? -nodeW / 2 : nodeW / 2) * 0.9;
              return (
                <path
                  key={`i-${e.from}-${e.to}`}
                  className="people-map__influence"
                  d={`M${x1},${y1} Q${cx},${cy} ${endX},${y2}`}
                  markerEnd="url(#people-arrow)"
                />
              );
            })}
            {layout.nodes.map((n) => {
              const p = byId.get(n.id);
              if (!p) return null;
              const selected = p.id === selectedId;
              return (
                <g
                  key={p.id}
                  role="button"
                  tabIndex={0}
                  aria-pressed={selected}
                  aria-label={describePerson(t, p, byId)}
                  className={[
                    'people-node',
                    selected ? 'people-node--selected' : '',
                    dropTarget === p.id ? 'people-node--target' : '',
                    drag?.personId === p.id ? 'people-node--dragged' : '',
                  ].join(' ')}
                  transform={`translate(${n.x} ${n.y})`}
                  data-person-id={p.id}
                  onFocus={() => reveal(p.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onSelect(p.id);
                    }
                  }}
                >
                  <title>{describePerson(t, p, byId)}</title>
                  <rect className="people-node__box" width={nodeW} height={NODE_H} rx="6" />
                  <rect width="6" height={NODE_H} rx="3" fill={ROLE_COLOURS[p.role]} />
                  <g clipPath={`url(#${textClip})`}>
                    <text x="12" y="16" className="people-node__name">
                      {cut(name(p), Math.floor((nodeW - 18) / NAME_CHAR_W))}
                    </text>
                    <text x="12" y="32" className="people-node__position">
                      {cut(p.position, Math.floor((nodeW - 18) / POSITION_CHAR_W))}
                    </text>
                  </g>
                  <text x="12" y="50" className="people-node__role" fill={ROLE_COLOURS[p.role]}>
                    {cut(
                      t(`people.roleShort.${p.role}`),
                      Math.floor((nodeW - 18 - META_W) / POSITION_CHAR_W),
                    )}
                  </text>
                  <AttitudeIcon attitude={p.attitude} x={nodeW - META_W + 4} y={40} />
                  <text
                    x={nodeW - 8}
                    y="50"
                    textAnchor="end"
                    className="people-node__meta people-node__dots"
                  >
                    {influenceDots(p.influence)}
                  </text>
                </g>
              );
            })}
            {drag ? <circle className="people-map__ghost" cx={drag.x} cy={drag.y} r="10" /> : null}
          </g>
        </svg>
      </div>
      <p className="people-map__legend">
        <span>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" className="people-map__report" />
          </svg>{' '}
          {t('people.map.legend.reports')}
        </span>
        <span>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" className="people-map__influence" />
          </svg>{' '}
          {t('people.map.legend.influences')}
        </span>
        {(['supporter', 'skeptic', 'opponent'] as const).map((a) => (
          <span key={a}>
            <AttitudeIcon attitude={a} /> {t(`people.attitude.${a}`)}
          </span>
        ))}
        <span>●○ {t('people.field.influence')}</span>
      </p>
      <p className="status" role="status" aria-live="polite">
        {notice}
      </p>
      <p className="field__hint">{t('people.map.hint')}</p>
    </div>
  );
}
