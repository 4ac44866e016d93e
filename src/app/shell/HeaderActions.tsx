/**
 * Integration point for src/app/embed, src/app/present and src/app/export: their
 * header buttons ("Embed", "Present", "Export") mount here. Add an import and an
 * element below; nothing else in the shell needs to change. Buttons should use
 * `className="button"` to match the header.
 */
import { EmbedButton } from '../embed/EmbedDialog';
import { PresentButton } from '../present/PresentButton';
import { ExportMenu } from '../export/ExportMenu';

export function HeaderActions() {
  return (
    <div className="header-actions">
      <EmbedButton />
      <PresentButton />
      <ExportMenu />
    </div>
  );
}
