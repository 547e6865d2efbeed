import { ControlButton, useReactFlow } from '@xyflow/react';

/** Back to 100 % zoom around the centre of the view (after "fit view" shrank a big design). */
export function ZoomTo100() {
  const flow = useReactFlow();
  return (
    <ControlButton
      title="Zoom to 100 %"
      onClick={() => {
        const pane = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
        if (!pane) return;
        const centre = flow.screenToFlowPosition({
          x: pane.left + pane.width / 2,
          y: pane.top + pane.height / 2,
        });
        void flow.setCenter(centre.x, centre.y, { zoom: 1 });
      }}
    >
      <span aria-hidden="true" className="zoom-100">
        1:1
      </span>
    </ControlButton>
  );
}
