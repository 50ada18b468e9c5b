<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BatchPanel</name>
    <message>
        <source>Label file</source>
        <translation>Label-Datei</translation>
    </message>
    <message>
        <source>Folder vs. reference</source>
        <translation>Ordner gegen Referenzbild</translation>
    </message>
    <message>
        <source>A label CSV (ref,dist,mos or image,mos), or a folder whose images are scored against the current reference image</source>
        <translation>Eine Label-CSV-Datei (ref,dist,mos oder image,mos) oder ein Ordner, dessen Bilder gegen das aktuelle Referenzbild bewertet werden</translation>
    </message>
    <message>
        <source>Label CSV file</source>
        <translation>Label-CSV-Datei</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Labels are DMOS</source>
        <translation>Labels sind DMOS</translation>
    </message>
    <message>
        <source>Lower label = better quality; labels are flipped before correlating</source>
        <translation>Niedrigeres Label = bessere Qualität; die Labels werden vor der Korrelation umgekehrt</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Plot:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Score Label File</source>
        <translation>Label-Datei bewerten</translation>
    </message>
    <message>
        <source>Label files (*.csv);;All files (*)</source>
        <translation>Label-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Score Folder Against the Reference</source>
        <translation>Ordner gegen das Referenzbild bewerten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>0 / %1</source>
        <translation>0 / %1</translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n item(s) with %1…</source>
        <translation>
            <numerusform>%n Element wird mit %1 bewertet…</numerusform>
            <numerusform>%n Elemente werden mit %1 bewertet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>Batch failed: %1</source>
        <translation>Stapelbewertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Score a label file or a folder of images with every model.</source>
        <translation>Bewerten Sie eine Label-Datei oder einen Bildordner mit allen Modellen.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 items.</source>
        <translation>Nach %1 von %2 Elementen abgebrochen.</translation>
    </message>
    <message>
        <source>Scored %1 of %2 items in %3.</source>
        <translation>%1 von %2 Elementen in %3 bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems, listed with the reason.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen, mit Begründung aufgeführt.</numerusform>
            <numerusform>%n Zeilen mit Problemen, mit Begründung aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>DMOS</source>
        <translation>DMOS</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: SRCC %2, PLCC %3 (n = %4)</source>
        <translation>%1: SRCC %2, PLCC %3 (n = %4)</translation>
    </message>
    <message>
        <source>%1: no correlation (%2)</source>
        <translation>%1: keine Korrelation (%2)</translation>
    </message>
    <message>
        <source>Fitted 4-parameter logistic</source>
        <translation>Angepasste logistische Funktion (4 Parameter)</translation>
    </message>
    <message>
        <source>Fitted line (logistic fit failed)</source>
        <translation>Angepasste Gerade (logistische Anpassung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [%2] (%3)</source>
        <translation>%1 [%2] (%3)</translation>
    </message>
    <message>
        <source>DMOS (lower is better)</source>
        <translation>DMOS (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Export Scores as JSON</source>
        <translation>Qualitätswerte als JSON exportieren</translation>
    </message>
    <message>
        <source>Export Scores as CSV</source>
        <translation>Qualitätswerte als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>BatchScoring</name>
    <message>
        <source>Folder %1 does not exist</source>
        <translation>Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Folder %1 holds no images</source>
        <translation>Ordner %1 enthält keine Bilder</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BeforeAfterPlots</name>
    <message>
        <source>fine-tuned model&apos;s score</source>
        <translation>Wert des feinabgestimmten Modells</translation>
    </message>
    <message>
        <source>start model&apos;s score</source>
        <translation>Wert des Ausgangsmodells</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>After: no run yet</source>
        <translation>Nachher: noch kein Lauf</translation>
    </message>
    <message>
        <source>Before: no run yet</source>
        <translation>Vorher: noch kein Lauf</translation>
    </message>
    <message>
        <source>After: the fine-tuned model
%1 of the votes agree (out of fold)</source>
        <translation>Nachher: das feinabgestimmte Modell
%1 der Urteile stimmen überein (auf zurückgehaltenen Teilmengen)</translation>
    </message>
    <message>
        <source>Before: the start model
%1 of the votes agree</source>
        <translation>Vorher: das Ausgangsmodell
%1 der Urteile stimmen überein</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Before: the start model has no head to compare</source>
        <translation>Vorher: Das Ausgangsmodell hat keinen Kopf zum Vergleichen</translation>
    </message>
    <message>
        <source>After: the fine-tuned model
%1</source>
        <translation>Nachher: das feinabgestimmte Modell
%1</translation>
    </message>
    <message>
        <source>Before: the start model
%1</source>
        <translation>Vorher: das Ausgangsmodell
%1</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
</context>
<context>
    <name>ClassicMetrics</name>
    <message>
        <source>The reference image is empty.</source>
        <translation>Das Referenzbild ist leer.</translation>
    </message>
    <message>
        <source>The distorted image is empty.</source>
        <translation>Das verzerrte Bild ist leer.</translation>
    </message>
    <message>
        <source>The reference image is not 8- or 16-bit RGB (OpenCV type %1).</source>
        <translation>Das Referenzbild ist kein 8- oder 16-Bit-RGB-Bild (OpenCV-Typ %1).</translation>
    </message>
    <message>
        <source>The distorted image is not 8- or 16-bit RGB (OpenCV type %1).</source>
        <translation>Das verzerrte Bild ist kein 8- oder 16-Bit-RGB-Bild (OpenCV-Typ %1).</translation>
    </message>
    <message>
        <source>The reference image is marked as %1-bit but holds %2-bit pixels.</source>
        <translation>Das Referenzbild ist als %1-Bit-Bild gekennzeichnet, enthält aber %2-Bit-Pixel.</translation>
    </message>
    <message>
        <source>The distorted image is marked as %1-bit but holds %2-bit pixels.</source>
        <translation>Das verzerrte Bild ist als %1-Bit-Bild gekennzeichnet, enthält aber %2-Bit-Pixel.</translation>
    </message>
    <message>
        <source>%1 needs images of the same size: the reference is %2 px, the distorted image %3 px.</source>
        <translation>%1 benötigt gleich große Bilder: Das Referenzbild hat %2 px, das verzerrte Bild %3 px.</translation>
    </message>
    <message>
        <source>%1 needs images of at least %2 px on the short side; these are %3 px.</source>
        <translation>%1 benötigt Bilder mit mindestens %2 px an der kurzen Seite; diese haben %3 px.</translation>
    </message>
    <message>
        <source>%1 failed in OpenCV: %2</source>
        <translation>%1 ist in OpenCV fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ClassicModels</name>
    <message>
        <source>luma (ITU-R BT.601), 0-255 scale</source>
        <translation>Luma (ITU-R BT.601), Skala 0-255</translation>
    </message>
    <message>
        <source>Peak signal-to-noise ratio over RGB; infinite for identical images</source>
        <translation>Spitzen-Signal-Rausch-Verhältnis über RGB; unendlich bei identischen Bildern</translation>
    </message>
    <message>
        <source>RGB, peak 255 (65535 for 16-bit)</source>
        <translation>RGB, Spitzenwert 255 (65535 bei 16 Bit)</translation>
    </message>
    <message>
        <source>Structural similarity, Gaussian window 11x11, sigma 1.5 (Wang et al. 2004)</source>
        <translation>Strukturelle Ähnlichkeit, Gauß-Fenster 11x11, Sigma 1,5 (Wang et al. 2004)</translation>
    </message>
    <message>
        <source>Multi-scale SSIM, 5 scales (Wang et al. 2003)</source>
        <translation>Mehrskalen-SSIM, 5 Skalen (Wang et al. 2003)</translation>
    </message>
    <message>
        <source>Gradient magnitude similarity deviation (Xue et al. 2014); 0 for identical images</source>
        <translation>Abweichung der Gradientenbetrags-Ähnlichkeit (Xue et al. 2014); 0 bei identischen Bildern</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Colour &amp;map:</source>
        <translation>&amp;Farbskala:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>magma</source>
        <translation>magma</translation>
    </message>
    <message>
        <source>viridis</source>
        <translation>viridis</translation>
    </message>
    <message>
        <source>turbo</source>
        <translation>turbo</translation>
    </message>
    <message>
        <source>Perceptually ordered colour maps: magma and viridis (matplotlib, CC0), turbo (Google, Apache-2.0).</source>
        <translation>Wahrnehmungsgerecht geordnete Farbskalen: magma und viridis (matplotlib, CC0), turbo (Google, Apache-2.0).</translation>
    </message>
    <message>
        <source>Auto (0 to largest)</source>
        <translation>Automatisch (0 bis Maximum)</translation>
    </message>
    <message>
        <source>Fixed (0–255)</source>
        <translation>Fest (0–255)</translation>
    </message>
    <message>
        <source>Auto stretches the colours over 0 to the largest difference of this pair; fixed keeps 0–255 so that pairs can be compared.</source>
        <translation>Automatisch verteilt die Farben von 0 bis zur größten Differenz dieses Bildpaares; Fest behält 0–255 bei, sodass sich Bildpaare vergleichen lassen.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>absolute difference (0–255), mean over RGB; colours span 0–%1 (%2)</source>
        <translation>absolute Differenz (0–255), Mittel über RGB; Farben decken 0–%1 ab (%2)</translation>
    </message>
    <message>
        <source>Swipe: reference left of the line, distorted right (drag the line)</source>
        <translation>Wischvergleich: Referenz links der Linie, verzerrtes Bild rechts (Linie ziehen)</translation>
    </message>
    <message>
        <source>Swipe needs a reference and a distorted image.</source>
        <translation>Der Wischvergleich benötigt ein Referenzbild und ein verzerrtes Bild.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Distorted</source>
        <translation>Verzerrt</translation>
    </message>
    <message>
        <source>Flicker: showing the REFERENCE %1 (Space switches)</source>
        <translation>Blinkvergleich: REFERENZ %1 wird angezeigt (Leertaste wechselt)</translation>
    </message>
    <message>
        <source>Flicker: showing the DISTORTED %1 (Space switches)</source>
        <translation>Blinkvergleich: VERZERRTES BILD %1 wird angezeigt (Leertaste wechselt)</translation>
    </message>
    <message>
        <source>No reference image is open.</source>
        <translation>Kein Referenzbild geöffnet.</translation>
    </message>
    <message>
        <source>No distorted image is open.</source>
        <translation>Kein verzerrtes Bild geöffnet.</translation>
    </message>
    <message>
        <source>Absolute difference |reference − distorted|, mean over RGB · %1, %2 range</source>
        <translation>Absolute Differenz |Referenz − verzerrt|, Mittel über RGB · %1, Bereich %2</translation>
    </message>
    <message>
        <source>Computing the difference…</source>
        <translation>Differenz wird berechnet…</translation>
    </message>
</context>
<context>
    <name>Correlation</name>
    <message>
        <source>There are %1 predictions but %2 opinion scores; they must pair up one to one.</source>
        <translation>Es gibt %1 Vorhersagen, aber %2 Bewertungen; sie müssen einander eins zu eins entsprechen.</translation>
    </message>
    <message>
        <source>The prediction at index %1 is not a finite number (%2).</source>
        <translation>Die Vorhersage an Index %1 ist keine endliche Zahl (%2).</translation>
    </message>
    <message>
        <source>The opinion score at index %1 is not a finite number (%2).</source>
        <translation>Die Bewertung an Index %1 ist keine endliche Zahl (%2).</translation>
    </message>
    <message>
        <source>At least 3 pairs are needed for correlations; there are %1.</source>
        <translation>Für Korrelationen sind mindestens 3 Paare nötig; vorhanden sind %1.</translation>
    </message>
    <message>
        <source>No correlation is defined: all predictions are equal (%1) and all opinion scores are equal (%2).</source>
        <translation>Keine Korrelation definiert: Alle Vorhersagen sind gleich (%1) und alle Bewertungen sind gleich (%2).</translation>
    </message>
    <message>
        <source>No correlation is defined: all predictions are equal (%1).</source>
        <translation>Keine Korrelation definiert: Alle Vorhersagen sind gleich (%1).</translation>
    </message>
    <message>
        <source>No correlation is defined: all opinion scores are equal (%1).</source>
        <translation>Keine Korrelation definiert: Alle Bewertungen sind gleich (%1).</translation>
    </message>
    <message>
        <source>The 4-parameter logistic needs at least %1 pairs (there are %2); PLCC and RMSE use a straight-line fit instead.</source>
        <translation>Die logistische Funktion mit 4 Parametern benötigt mindestens %1 Paare (vorhanden: %2); PLCC und RMSE verwenden stattdessen eine lineare Anpassung.</translation>
    </message>
    <message>
        <source>The 4-parameter logistic fit did not converge; PLCC and RMSE use a straight-line fit instead.</source>
        <translation>Die Anpassung der logistischen Funktion mit 4 Parametern ist nicht konvergiert; PLCC und RMSE verwenden stattdessen eine lineare Anpassung.</translation>
    </message>
</context>
<context>
    <name>CrossIqa</name>
    <message>
        <source>Cross-IQA heatmaps are limited to %1 megapixels; this image has %2.</source>
        <translation>Cross-IQA-Heatmaps sind auf %1 Megapixel begrenzt; dieses Bild hat %2.</translation>
    </message>
    <message>
        <source>Cross-IQA needs at least one tile, not %1.</source>
        <translation>Cross-IQA braucht mindestens eine Kachel, nicht %1.</translation>
    </message>
    <message>
        <source>%1 holds a pre-trained Cross-IQA transformer whose quality head has not been fitted yet: run iqa train --model cross-iqa --stage head on it first.</source>
        <translation>%1 enthält einen vortrainierten Cross-IQA-Transformer, dessen Qualitätskopf noch nicht angepasst wurde: Führen Sie zuerst iqa train --model cross-iqa --stage head darauf aus.</translation>
    </message>
    <message>
        <source>Learned no-reference quality: a transformer pre-trained without labels by cross reconstruction, with a linear head on its class token</source>
        <translation>Gelernte referenzfreie Qualität: ein ohne Labels durch Kreuzrekonstruktion vortrainierter Transformer mit einem linearen Kopf auf seinem Klassen-Token</translation>
    </message>
    <message>
        <source>RGB in [0,1]; the centre %1x%1 tile at the image&apos;s own resolution</source>
        <translation>RGB in [0,1]; die mittlere Kachel von %1x%1 Pixeln in der eigenen Auflösung des Bildes</translation>
    </message>
    <message>
        <source>RGB in [0,1]; class token averaged over up to %1x%1 tiles of %2x%2 pixels at the image&apos;s own resolution</source>
        <translation>RGB in [0,1]; Klassen-Token gemittelt über bis zu %1x%1 Kacheln von %2x%2 Pixeln in der eigenen Auflösung des Bildes</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>Cross-IQA needs images of at least %1x%1 pixels; this one is %2x%3.</source>
        <translation>Cross-IQA braucht Bilder mit mindestens %1x%1 Pixeln; dieses hat %2x%3.</translation>
    </message>
    <message>
        <source>%1 is not a Cross-IQA checkpoint (its metadata names no model).</source>
        <translation>%1 ist kein Cross-IQA-Checkpoint (seine Metadaten nennen kein Modell).</translation>
    </message>
    <message>
        <source>%1 is a checkpoint of %2, not of Cross-IQA.</source>
        <translation>%1 ist ein Checkpoint von %2, nicht von Cross-IQA.</translation>
    </message>
    <message>
        <source>The Cross-IQA checkpoint %1 has no valid &apos;%2&apos; in its metadata.</source>
        <translation>Der Cross-IQA-Checkpoint %1 hat keinen gültigen Eintrag &apos;%2&apos; in seinen Metadaten.</translation>
    </message>
    <message>
        <source>The Cross-IQA checkpoint %1 describes an impossible transformer (image %2 / patch %3, width %4 / heads %5).</source>
        <translation>Der Cross-IQA-Checkpoint %1 beschreibt einen unmöglichen Transformer (Bild %2 / Bildfeld %3, Breite %4 / Köpfe %5).</translation>
    </message>
    <message>
        <source>the Cross-IQA transformer</source>
        <translation>dem Cross-IQA-Transformer</translation>
    </message>
    <message>
        <source>The Cross-IQA checkpoint %1 has an unknown decoder conditioning &apos;%2&apos;.</source>
        <translation>Der Cross-IQA-Checkpoint %1 hat eine unbekannte Decoder-Konditionierung &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>CrossIqaBlockFineTuner</name>
    <message>
        <source>The Cross-IQA encoder does not have the parts the fine-tuner expects.</source>
        <translation>Der Cross-IQA-Encoder hat nicht die Bestandteile, die das Feintuning erwartet.</translation>
    </message>
    <message>
        <source>Fine-tuning was cancelled while encoding; no checkpoint was written.</source>
        <translation>Das Feintuning wurde während der Kodierung abgebrochen; es wurde kein Checkpoint geschrieben.</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>missing file %1</source>
        <translation>Datei fehlt: %1</translation>
    </message>
    <message>
        <source>%1 has full-reference labels (ref,dist,mos); fine-tuning Cross-IQA needs image,mos labels.</source>
        <translation>%1 hat Labels mit Referenz (ref,dist,mos); das Feintuning von Cross-IQA braucht image,mos-Labels.</translation>
    </message>
    <message>
        <source>%1 has no usable rows.</source>
        <translation>%1 enthält keine verwendbaren Zeilen.</translation>
    </message>
    <message>
        <source>%1 has no rows of split &apos;%2&apos;.</source>
        <translation>%1 hat keine Zeilen der Aufteilung &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Splitting into training and validation images needs at least two images; %1 names only one. Give validation labels instead.</source>
        <translation>Die Aufteilung in Trainings- und Validierungsbilder braucht mindestens zwei Bilder; %1 nennt nur eines. Geben Sie stattdessen Validierungs-Labels an.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No output file for the fine-tuned checkpoint was given.</source>
        <translation>Es wurde keine Ausgabedatei für den feinabgestimmten Checkpoint angegeben.</translation>
    </message>
    <message>
        <source>At least one transformer block must be trained, not %1.</source>
        <translation>Mindestens ein Transformer-Block muss trainiert werden, nicht %1.</translation>
    </message>
    <message>
        <source>Fine-tuning needs at least one epoch, two images per batch, a positive learning rate, a patience of at least one epoch and a weight decay of at least 0.</source>
        <translation>Das Feintuning braucht mindestens eine Epoche, zwei Bilder pro Batch, eine positive Lernrate, eine Geduld von mindestens einer Epoche und einen Weight Decay von mindestens 0.</translation>
    </message>
    <message>
        <source>The validation share must lie between 0 and 1, not %1.</source>
        <translation>Der Validierungsanteil muss zwischen 0 und 1 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Cross-IQA needs at least one tile, not %1.</source>
        <translation>Cross-IQA braucht mindestens eine Kachel, nicht %1.</translation>
    </message>
    <message>
        <source>This Cross-IQA transformer has %1 blocks; between 1 and %1 of them can be trained, not %2.</source>
        <translation>Dieser Cross-IQA-Transformer hat %1 Blöcke; davon lassen sich zwischen 1 und %1 trainieren, nicht %2.</translation>
    </message>
    <message>
        <source>Every row of %1 has the same MOS (%2): there is nothing to learn from a single value.</source>
        <translation>Alle Zeilen von %1 haben denselben MOS (%2): Aus einem einzigen Wert lässt sich nichts lernen.</translation>
    </message>
    <message>
        <source>MOS normalised to [0,1] from [%1, %2], flipped (lower was better): %2 -&gt; 0, %1 -&gt; 1.</source>
        <translation>MOS von [%1, %2] auf [0,1] normiert und umgekehrt (niedriger war besser): %2 -&gt; 0, %1 -&gt; 1.</translation>
    </message>
    <message>
        <source>MOS normalised to [0,1] from [%1, %2]: %1 -&gt; 0, %2 -&gt; 1.</source>
        <translation>MOS von [%1, %2] auf [0,1] normiert: %1 -&gt; 0, %2 -&gt; 1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n Zeile übersprungen:</numerusform>
            <numerusform>%n Zeilen übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>After skipping unusable rows, %1 training and %2 validation images are left; fine-tuning needs at least 2 and 3.</source>
        <translation>Nach dem Überspringen unbrauchbarer Zeilen bleiben %1 Trainings- und %2 Validierungsbilder; das Feintuning braucht mindestens 2 und 3.</translation>
    </message>
    <message>
        <source>Every usable training image has the same MOS: there is nothing to learn from a single value.</source>
        <translation>Alle verwendbaren Trainingsbilder haben denselben MOS: Aus einem einzigen Wert lässt sich nichts lernen.</translation>
    </message>
    <message>
        <source>The training side is small: %1 images (fewer than %2); the validation numbers say little.</source>
        <translation>Die Trainingsseite ist klein: %1 Bilder (weniger als %2); die Validierungswerte sind wenig aussagekräftig.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>split: %1 training images (%2 tiles), %3 validation images (%4 tiles); training the last %n block(s)</source>
        <translation>
            <numerusform>Aufteilung: %1 Trainingsbilder (%2 Kacheln), %3 Validierungsbilder (%4 Kacheln); trainiert wird %n Block, der letzte</numerusform>
            <numerusform>Aufteilung: %1 Trainingsbilder (%2 Kacheln), %3 Validierungsbilder (%4 Kacheln); trainiert werden die letzten %n Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning was cancelled in epoch %1; no checkpoint was written.</source>
        <translation>Das Feintuning wurde in Epoche %1 abgebrochen; es wurde kein Checkpoint geschrieben.</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: no better validation SRCC for %2 epochs.</source>
        <translation>Nach Epoche %1 vorzeitig beendet: seit %2 Epochen keine bessere Validierungs-SRCC.</translation>
    </message>
    <message>
        <source>No epoch beat the start checkpoint&apos;s validation SRCC; the start weights are kept.</source>
        <translation>Keine Epoche hat die Validierungs-SRCC des Ausgangs-Checkpoints übertroffen; die Ausgangsgewichte bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>CrossIqaHeadTrainer</name>
    <message>
        <source>No output checkpoint was given.</source>
        <translation>Es wurde kein Ausgabe-Checkpoint angegeben.</translation>
    </message>
    <message>
        <source>Cross-validation needs at least 2 folds, not %1.</source>
        <translation>Die Kreuzvalidierung braucht mindestens 2 Teilmengen, nicht %1.</translation>
    </message>
    <message>
        <source>%1 has full-reference labels (ref,dist,mos); the Cross-IQA head needs image,mos labels.</source>
        <translation>%1 hat Labels mit Referenz (ref,dist,mos); der Cross-IQA-Kopf braucht image,mos-Labels.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 has no usable rows.</source>
        <translation>%1 enthält keine verwendbaren Zeilen.</translation>
    </message>
    <message>
        <source>%1 has no rows of split &apos;%2&apos;.</source>
        <translation>%1 hat keine Zeilen der Aufteilung &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, first: %1</source>
        <translation>
            <numerusform>%n Zeile übersprungen, erste: %1</numerusform>
            <numerusform>%n Zeilen übersprungen, erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 labelled images could be used; %2-fold cross-validation needs at least %3.</source>
        <translation>Nur %1 gelabelte Bilder waren verwendbar; eine %2-fache Kreuzvalidierung braucht mindestens %3.</translation>
    </message>
    <message>
        <source>Every label is %1: a quality scale cannot be learned from one value.</source>
        <translation>Jedes Label ist %1: Aus einem einzigen Wert lässt sich keine Qualitätsskala lernen.</translation>
    </message>
    <message>
        <source>Only %1 labelled images: the cross-validated agreement below is a rough indication at best.</source>
        <translation>Nur %1 gelabelte Bilder: Die kreuzvalidierte Übereinstimmung unten ist bestenfalls ein grober Anhaltspunkt.</translation>
    </message>
    <message>
        <source>Ordered views must be 0 or more and their weight above 0, not %1 and %2.</source>
        <translation>Die Zahl der geordneten Ansichten muss 0 oder mehr und ihr Gewicht größer als 0 sein, nicht %1 und %2.</translation>
    </message>
    <message>
        <source>An identity view cannot be ordered below its image; name real degradations.</source>
        <translation>Eine unveränderte Ansicht kann nicht unter ihr Bild gereiht werden; nennen Sie echte Verschlechterungen.</translation>
    </message>
    <message>
        <source>Encoding %1 degraded view(s) of each image for the ordering constraints</source>
        <translation>%1 verschlechterte Ansicht(en) jedes Bildes für die Rangbedingungen werden kodiert</translation>
    </message>
    <message>
        <source>%1 % of %2 degraded views scored below their image (out of fold)</source>
        <translation>%1 % von %2 verschlechterten Ansichten wurden unter ihrem Bild bewertet (auf zurückgehaltenen Teilmengen)</translation>
    </message>
    <message>
        <source>None of the degradations named for the ordered views is in the bank.</source>
        <translation>Keine der für die geordneten Ansichten genannten Verschlechterungen ist in der Bank.</translation>
    </message>
</context>
<context>
    <name>CrossIqaHeatmapSource</name>
    <message>
        <source>Cross-IQA&apos;s maps are computed when one of them is chosen.</source>
        <translation>Die Karten von Cross-IQA werden berechnet, sobald eine von ihnen gewählt wird.</translation>
    </message>
    <message>
        <source>No Cross-IQA maps for images over %1 megapixels in the workbench: this one has %2, and its maps would keep the model worker busy for minutes. Downscale it, or use iqa heatmap --model cross-iqa.</source>
        <translation>Keine Cross-IQA-Karten für Bilder über %1 Megapixel in der Arbeitsumgebung: Dieses hat %2, und seine Karten würden den Modell-Worker minutenlang beschäftigen. Verkleinern Sie es oder verwenden Sie iqa heatmap --model cross-iqa.</translation>
    </message>
    <message>
        <source>Computing the Cross-IQA maps of the distorted image…</source>
        <translation>Die Cross-IQA-Karten des verzerrten Bildes werden berechnet…</translation>
    </message>
</context>
<context>
    <name>CrossIqaPairwiseHead</name>
    <message>
        <source>%1 is a %2 study, not a pairwise one: fit the head to its MOS instead (iqa mos --votes, then --labels).</source>
        <translation>%1 ist eine %2-Studie, keine Paarvergleichsstudie: Passen Sie den Kopf stattdessen an ihren MOS an (iqa mos --votes, dann --labels).</translation>
    </message>
    <message>
        <source>%1 holds %2 votes, not pairwise ones: fit the head to their MOS instead (iqa mos --votes, then --labels).</source>
        <translation>%1 enthält %2-Urteile, keine Paarvergleichsurteile: Passen Sie den Kopf stattdessen an deren MOS an (iqa mos --votes, dann --labels).</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>session %1, position %2</source>
        <translation>Sitzung %1, Position %2</translation>
    </message>
    <message>
        <source>No output checkpoint was given.</source>
        <translation>Es wurde kein Ausgabe-Checkpoint angegeben.</translation>
    </message>
    <message>
        <source>Cross-validation needs at least 2 folds, not %1.</source>
        <translation>Die Kreuzvalidierung braucht mindestens 2 Teilmengen, nicht %1.</translation>
    </message>
    <message>
        <source>%1: both sides are the same image</source>
        <translation>%1: Beide Seiten sind dasselbe Bild</translation>
    </message>
    <message>
        <source>%1 has no pairwise votes to learn from (%2 training or gold trials left out).</source>
        <translation>%1 enthält keine Paarvergleichsurteile, aus denen sich lernen ließe (%2 Übungs- oder Goldstandard-Durchgänge ausgelassen).</translation>
    </message>
    <message>
        <source>Every vote in %1 compares the same two images: a quality scale cannot be learned from one pair.</source>
        <translation>Alle Urteile in %1 vergleichen dieselben zwei Bilder: Aus einem einzigen Paar lässt sich keine Qualitätsskala lernen.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) left out: %1</source>
        <translation>
            <numerusform>%n Urteil ausgelassen: %1</numerusform>
            <numerusform>%n Urteile ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), first: %1</source>
        <translation>
            <numerusform>%n Problem: %1</numerusform>
            <numerusform>%n Probleme, das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No vote of %1 is left: the images it compares could not be read.</source>
        <translation>Von %1 bleibt kein Urteil übrig: Die verglichenen Bilder konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Every readable vote in %1 compares the same two images: a quality scale cannot be learned from one pair.</source>
        <translation>Alle lesbaren Urteile in %1 vergleichen dieselben zwei Bilder: Aus einem einzigen Paar lässt sich keine Qualitätsskala lernen.</translation>
    </message>
    <message>
        <source>Only %1 distinct pairs of images were compared; %2-fold cross-validation holds out whole pairs and needs at least %2.</source>
        <translation>Nur %1 verschiedene Bildpaare wurden verglichen; eine %2-fache Kreuzvalidierung hält ganze Bildpaare zurück und braucht mindestens %2.</translation>
    </message>
    <message>
        <source>Only %1 votes: the held-out agreement below is a rough indication at best.</source>
        <translation>Nur %1 Urteile: Die Übereinstimmung auf den zurückgehaltenen Daten unten ist bestenfalls ein grober Anhaltspunkt.</translation>
    </message>
</context>
<context>
    <name>CrossIqaPretrainer</name>
    <message>
        <source>Could not encode the reconstruction preview.</source>
        <translation>Die Vorschau der Rekonstruktion konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Could not write the reconstruction preview %1: %2</source>
        <translation>Die Vorschau der Rekonstruktion %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a full-reference label file (ref,dist,...); pre-training reads image,... files or a folder.</source>
        <translation>%1 ist eine Label-Datei mit Referenz (ref,dist,...); das Vortraining liest image,...-Dateien oder einen Ordner.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a file.</source>
        <translation>%1 ist weder ein Ordner noch eine Datei.</translation>
    </message>
    <message>
        <source>No images found in %1.</source>
        <translation>In %1 wurden keine Bilder gefunden.</translation>
    </message>
    <message>
        <source>No images of split &apos;%1&apos; found in %2.</source>
        <translation>In %2 wurden keine Bilder der Aufteilung &apos;%1&apos; gefunden.</translation>
    </message>
    <message>
        <source>No output checkpoint was given.</source>
        <translation>Es wurde kein Ausgabe-Checkpoint angegeben.</translation>
    </message>
    <message>
        <source>Steps, batch size and checkpoint interval must be at least 1.</source>
        <translation>Schritte, Batchgröße und Checkpoint-Intervall müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The resume state %1 is damaged (no step); delete the folder to start afresh.</source>
        <translation>Der Fortsetzungszustand %1 ist beschädigt (kein Schritt); löschen Sie den Ordner, um neu zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) skipped, first: %1</source>
        <translation>
            <numerusform>%n Bild übersprungen, erstes: %1</numerusform>
            <numerusform>%n Bilder übersprungen, erstes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-training needs at least two usable images at least %1 x %1 pixels; found %2.</source>
        <translation>Das Vortraining braucht mindestens zwei verwendbare Bilder mit mindestens %1 x %1 Pixeln; gefunden: %2.</translation>
    </message>
    <message>
        <source>The resume state in %1 cannot be read (%2); delete the folder to start afresh.</source>
        <translation>Der Fortsetzungszustand in %1 kann nicht gelesen werden (%2); löschen Sie den Ordner, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Resuming at step %1 of %2.</source>
        <translation>Fortsetzung bei Schritt %1 von %2.</translation>
    </message>
    <message>
        <source>Could not save the optimiser state: %1</source>
        <translation>Der Zustand des Optimierers konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The loss became %1 at step %2; lower --lr and resume from the last checkpoint.</source>
        <translation>Der Verlust wurde bei Schritt %2 zu %1; senken Sie --lr und setzen Sie beim letzten Checkpoint fort.</translation>
    </message>
    <message>
        <source>Cancelled while reading the images.</source>
        <translation>Beim Lesen der Bilder abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2 x %3 pixels, smaller than the %4 x %4 view</source>
        <translation>%1: %2 x %3 Pixel, kleiner als die Ansicht von %4 x %4</translation>
    </message>
    <message>
        <source>The start checkpoint&apos;s decoder reads q as a token only; its modulation by q, its variance output and the degradation probe are added, starting at zero.</source>
        <translation>Der Decoder des Start-Checkpoints liest q nur als Token; seine Modulation durch q, seine Varianzausgabe und die Degradationssonde werden ergänzt, beginnend bei null.</translation>
    </message>
    <message>
        <source>The spectrum distance needs two square float RGB images of one size, a multiple of %1 pixels.</source>
        <translation>Der Spektrumabstand braucht zwei quadratische RGB-Gleitkommabilder gleicher Größe, ein Vielfaches von %1 Pixeln.</translation>
    </message>
    <message>
        <source>The spectrum weight must be a finite number of at least 0.</source>
        <translation>Die Spektrumgewichtung muss eine endliche Zahl von mindestens 0 sein.</translation>
    </message>
    <message>
        <source>The share of hidden content tokens must be from 0 up to, not including, 1.</source>
        <translation>Der Anteil verborgener Inhalts-Token muss von 0 bis ausschließlich 1 reichen.</translation>
    </message>
    <message>
        <source>The same-photo weight must be a finite number of at least 0.</source>
        <translation>Die Gewichtung für dasselbe Foto muss eine endliche Zahl von mindestens 0 sein.</translation>
    </message>
    <message>
        <source>Hiding content tokens and the same-photo term need the conditioned decoder: ask for it, or start from a checkpoint that has it.</source>
        <translation>Das Verbergen von Inhalts-Token und der Term für dasselbe Foto brauchen den konditionierten Decoder: Fordern Sie ihn an oder beginnen Sie mit einem Checkpoint, der ihn hat.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field starts here but is never closed</source>
        <translation>Zeile %1: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: line %2: not UTF-8 text (save the file as UTF-8)</source>
        <translation>%1: Zeile %2: kein UTF-8-Text (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>line %1: column &apos;%2&apos; appears twice in the header</source>
        <translation>Zeile %1: Spalte &apos;%2&apos; kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>%1 fields instead of %2: wrong number of fields</source>
        <translation>%1 Felder statt %2: falsche Anzahl von Feldern</translation>
    </message>
</context>
<context>
    <name>Degradations</name>
    <message>
        <source>Colour cast</source>
        <translation>Farbstich</translation>
    </message>
    <message>
        <source>Desaturation</source>
        <translation>Entsättigung</translation>
    </message>
    <message>
        <source>Contrast loss</source>
        <translation>Kontrastverlust</translation>
    </message>
    <message>
        <source>Brightening (gamma)</source>
        <translation>Aufhellung (Gamma)</translation>
    </message>
    <message>
        <source>Darkening (gamma)</source>
        <translation>Abdunklung (Gamma)</translation>
    </message>
    <message>
        <source>Vignetting</source>
        <translation>Vignettierung</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>Gaußsche Unschärfe</translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation>Bewegungsunschärfe</translation>
    </message>
    <message>
        <source>Defocus (disk) blur</source>
        <translation>Defokus-Unschärfe (Scheibe)</translation>
    </message>
    <message>
        <source>Chroma subsampling</source>
        <translation>Chroma-Unterabtastung</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>Gaußsches Rauschen</translation>
    </message>
    <message>
        <source>Poisson (shot) noise</source>
        <translation>Poisson-Rauschen (Photonenrauschen)</translation>
    </message>
    <message>
        <source>Salt-and-pepper noise</source>
        <translation>Salz-und-Pfeffer-Rauschen</translation>
    </message>
    <message>
        <source>JPEG compression</source>
        <translation>JPEG-Kompression</translation>
    </message>
    <message>
        <source>JPEG 2000 compression</source>
        <translation>JPEG-2000-Kompression</translation>
    </message>
    <message>
        <source>WebP compression</source>
        <translation>WebP-Kompression</translation>
    </message>
    <message>
        <source>Pixelation</source>
        <translation>Verpixelung</translation>
    </message>
    <message>
        <source>Quantisation (posterisation)</source>
        <translation>Quantisierung (Tontrennung)</translation>
    </message>
    <message>
        <source>Over-sharpening</source>
        <translation>Überschärfung</translation>
    </message>
    <message>
        <source>Chromatic aberration</source>
        <translation>Chromatische Aberration</translation>
    </message>
    <message>
        <source>This OpenCV build has no %1 encoder.</source>
        <translation>Dieser OpenCV-Build hat keinen Encoder für %1.</translation>
    </message>
    <message>
        <source>%1 round trip failed.</source>
        <translation>Kodieren und Dekodieren mit %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Unknown degradation &apos;%1&apos;; known: %2.</source>
        <translation>Unbekannte Degradation &apos;%1&apos;; bekannt: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot degrade an empty image.</source>
        <translation>Ein leeres Bild kann nicht degradiert werden.</translation>
    </message>
    <message>
        <source>Degradations need an 8-bit RGB image (CV_8UC3), not %1.</source>
        <translation>Degradationen benötigen ein 8-Bit-RGB-Bild (CV_8UC3), nicht %1.</translation>
    </message>
    <message>
        <source>The image is %1x%2 pixels; degradations need at least %3x%3.</source>
        <translation>Das Bild hat %1x%2 Pixel; Degradationen benötigen mindestens %3x%3.</translation>
    </message>
    <message>
        <source>Degradation level %1 is out of range; levels are 0 (none) to %2.</source>
        <translation>Degradationsstufe %1 liegt außerhalb des Bereichs; die Stufen reichen von 0 (keine) bis %2.</translation>
    </message>
    <message>
        <source>Unknown degradation type %1.</source>
        <translation>Unbekannter Degradationstyp %1.</translation>
    </message>
    <message>
        <source>Degradation %1 failed: %2</source>
        <translation>Degradation %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>reduced to 8 bits for degradation</source>
        <translation>für die Degradation auf 8 Bit reduziert</translation>
    </message>
    <message>
        <source>degradation: none (identity)</source>
        <translation>Degradation: keine (Identität)</translation>
    </message>
    <message>
        <source>degradation: %1 level %2 (%3), seed %4</source>
        <translation>Degradation: %1, Stufe %2 (%3), Seed %4</translation>
    </message>
    <message>
        <source>Lab a*b* shift %1</source>
        <translation>Lab-a*b*-Verschiebung %1</translation>
    </message>
    <message>
        <source>chroma x%1</source>
        <translation>Chroma ×%1</translation>
    </message>
    <message>
        <source>contrast x%1</source>
        <translation>Kontrast ×%1</translation>
    </message>
    <message>
        <source>gamma %1</source>
        <translation>Gamma %1</translation>
    </message>
    <message>
        <source>corner gain %1</source>
        <translation>Eckverstärkung %1</translation>
    </message>
    <message>
        <source>sigma %1 px</source>
        <translation>Sigma %1 px</translation>
    </message>
    <message>
        <source>length %1 px</source>
        <translation>Länge %1 px</translation>
    </message>
    <message>
        <source>disk radius %1 px</source>
        <translation>Scheibenradius %1 px</translation>
    </message>
    <message>
        <source>chroma at 1/%1 resolution</source>
        <translation>Chroma in 1/%1 der Auflösung</translation>
    </message>
    <message>
        <source>sigma %1 on 0..255</source>
        <translation>Sigma %1 auf 0..255</translation>
    </message>
    <message>
        <source>%1 photons at white</source>
        <translation>%1 Photonen bei Weiß</translation>
    </message>
    <message>
        <source>%1% of pixels</source>
        <translation>%1 % der Pixel</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>Qualität %1</translation>
    </message>
    <message>
        <source>compression %1:1</source>
        <translation>Kompression %1:1</translation>
    </message>
    <message>
        <source>block %1 px</source>
        <translation>Block %1 px</translation>
    </message>
    <message>
        <source>%1 levels per channel</source>
        <translation>%1 Stufen je Kanal</translation>
    </message>
    <message>
        <source>unsharp amount %1</source>
        <translation>Unscharf-Maskierung Stärke %1</translation>
    </message>
    <message>
        <source>corner shift %1% of half-diagonal</source>
        <translation>Eckversatz %1 % der halben Diagonale</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU (%n Thread)</numerusform>
            <numerusform>CPU (%n Threads)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CUDA (%n device(s))</source>
        <translation>
            <numerusform>CUDA (%n Gerät)</numerusform>
            <numerusform>CUDA (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — CUDA requested but not available</source>
        <translation>%1 — CUDA angefordert, aber nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>DifferenceMap</name>
    <message>
        <source>Open a reference and a distorted image to see their difference.</source>
        <translation>Öffnen Sie ein Referenzbild und ein verzerrtes Bild, um ihre Differenz zu sehen.</translation>
    </message>
    <message>
        <source>The images differ in size (%1 x %2 and %3 x %4): no pixel-wise difference.</source>
        <translation>Die Bilder sind unterschiedlich groß (%1 x %2 und %3 x %4): keine pixelweise Differenz möglich.</translation>
    </message>
</context>
<context>
    <name>FeatureEncoder</name>
    <message>
        <source>Unknown encoder &quot;%1&quot; (known: %2).</source>
        <translation>Unbekannter Encoder &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>Weights file %1 for the %2 encoder does not exist.</source>
        <translation>Die Gewichtsdatei %1 für den Encoder %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not load the %1 encoder from %2: %3</source>
        <translation>Der Encoder %1 konnte nicht aus %2 geladen werden: %3</translation>
    </message>
    <message>
        <source>The %1 encoder failed: %2</source>
        <translation>Der Encoder %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The encoder was given an empty image.</source>
        <translation>Der Encoder hat ein leeres Bild erhalten.</translation>
    </message>
    <message>
        <source>The encoder needs RGB as 32-bit float with three channels in [0,1] (CV_32FC3).</source>
        <translation>Der Encoder benötigt RGB als 32-Bit-Gleitkommawerte mit drei Kanälen in [0,1] (CV_32FC3).</translation>
    </message>
    <message>
        <source>Device %1 was requested, but CUDA is not available in this build or on this machine.</source>
        <translation>Gerät %1 wurde angefordert, aber CUDA ist in diesem Build oder auf diesem Rechner nicht verfügbar.</translation>
    </message>
    <message>
        <source>Unsupported device %1 (use cpu or cuda:N).</source>
        <translation>Nicht unterstütztes Gerät %1 (verwenden Sie cpu oder cuda:N).</translation>
    </message>
    <message>
        <source>Unknown device &quot;%1&quot; (use cpu or cuda:N).</source>
        <translation>Unbekanntes Gerät &quot;%1&quot; (verwenden Sie cpu oder cuda:N).</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation>Tensor &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, expected %3</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2, erwartet: %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is unexpected</source>
        <translation>Tensor &apos;%1&apos; ist unerwartet</translation>
    </message>
    <message>
        <source>The weights file %1 does not fit %2: %3</source>
        <translation>Die Gewichtsdatei %1 passt nicht zu %2: %3</translation>
    </message>
    <message>
        <source> (and 1 more problem)</source>
        <translation> (und 1 weiteres Problem)</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (und %1 weitere Probleme)</translation>
    </message>
</context>
<context>
    <name>FineTuneLabels</name>
    <message>
        <source>The study %1 has no votes yet, so there is no MOS to train on.</source>
        <translation>Die Studie %1 hat noch keine Urteile, daher gibt es keinen MOS zum Trainieren.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Only %1 labelled items of %2 contents: the held-out part would hold %3, too few for any correlation. Add labels.</source>
        <translation>Nur %1 gelabelte Elemente aus %2 Inhalten: Der zurückgehaltene Teil enthielte %3, zu wenige für eine Korrelation. Fügen Sie Labels hinzu.</translation>
    </message>
    <message>
        <source>Small set: %1 labelled items of %2 contents, about %3 held out. On so few, an SRCC of 0.50 could be anywhere from %4 to %5 (95 %), so small gains mean little.</source>
        <translation>Kleiner Datensatz: %1 gelabelte Elemente aus %2 Inhalten, etwa %3 zurückgehalten. Bei so wenigen könnte eine SRCC von 0.50 irgendwo zwischen %4 und %5 liegen (95 %), kleine Verbesserungen sagen daher wenig.</translation>
    </message>
</context>
<context>
    <name>FineTunePlots</name>
    <message>
        <source>MOS, normalised to 0..1 from %1..%2</source>
        <translation>MOS, von %1..%2 auf 0..1 normiert</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source> (flipped: higher is better)</source>
        <translation> (umgekehrt: höher ist besser)</translation>
    </message>
    <message>
        <source>%1-fold cross-validation, each of the %2 items predicted by a model that did not train on its content</source>
        <translation>%1-fache Kreuzvalidierung, jedes der %2 Elemente vorhergesagt von einem Modell, das nicht mit seinem Inhalt trainiert wurde</translation>
    </message>
    <message>
        <source>%1 items of %2 held-out contents</source>
        <translation>%1 Elemente aus %2 zurückgehaltenen Inhalten</translation>
    </message>
    <message>
        <source>SRCC %1  PLCC %2
KRCC %3  RMSE %4 (n = %5)</source>
        <translation>SRCC %1  PLCC %2
KRCC %3  RMSE %4 (n = %5)</translation>
    </message>
    <message>
        <source>SRCC %1  PLCC %2  KRCC %3  RMSE %4 (n = %5)</source>
        <translation>SRCC %1  PLCC %2  KRCC %3  RMSE %4 (n = %5)</translation>
    </message>
</context>
<context>
    <name>FineTuneWindow</name>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Paused. The run waits at its next step until you resume or cancel.</source>
        <translation>Pausiert. Der Lauf wartet bei seinem nächsten Schritt, bis Sie ihn fortsetzen oder abbrechen.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Fine-tune models — IQA Studio</source>
        <translation>Modelle feinabstimmen — IQA Studio</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Label CSV (ref,dist,mos or image,mos)</source>
        <translation>Label-CSV-Datei (ref,dist,mos oder image,mos)</translation>
    </message>
    <message>
        <source>Rating study (its MOS)</source>
        <translation>Bewertungsstudie (ihr MOS)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Higher is better (MOS)</source>
        <translation>Höher ist besser (MOS)</translation>
    </message>
    <message>
        <source>Lower is better (DMOS), flipped before training</source>
        <translation>Niedriger ist besser (DMOS), vor dem Training umgekehrt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation>&amp;Trainieren:</translation>
    </message>
    <message>
        <source>VAE-QA head (encoder frozen)</source>
        <translation>VAE-QA-Kopf (Encoder eingefroren)</translation>
    </message>
    <message>
        <source>Cross-IQA: linear head, optionally the last blocks</source>
        <translation>Cross-IQA: linearer Kopf, wahlweise auch die letzten Blöcke</translation>
    </message>
    <message>
        <source>Start fro&amp;m:</source>
        <translation>Ausgangs&amp;modell:</translation>
    </message>
    <message>
        <source>Fit the compar&amp;isons directly (pairwise studies)</source>
        <translation>An die Vergleiche d&amp;irekt anpassen (Paarvergleichsstudien)</translation>
    </message>
    <message>
        <source>&amp;Gradient-train the last blocks:</source>
        <translation>Per &amp;Gradient trainierte letzte Blöcke:</translation>
    </message>
    <message>
        <source>none (the linear head only)</source>
        <translation>keine (nur der lineare Kopf)</translation>
    </message>
    <message>
        <source>Cross-IQA: also train the last transformer blocks (with the final norm and the head) by gradient descent; the front blocks stay frozen</source>
        <translation>Cross-IQA: auch die letzten Transformer-Blöcke (mit der abschließenden Normierung und dem Kopf) per Gradientenabstieg trainieren; die vorderen Blöcke bleiben eingefroren</translation>
    </message>
    <message>
        <source>Trains Cross-IQA&apos;s head on the votes themselves (Bradley-Terry comparison loss) instead of on the MOS scaled from them</source>
        <translation>Trainiert den Kopf von Cross-IQA direkt an den Urteilen (Bradley-Terry-Vergleichsverlust) statt an dem daraus skalierten MOS</translation>
    </message>
    <message>
        <source>Split (by content: all versions of a reference stay on one side)</source>
        <translation>Aufteilung (nach Inhalt: alle Versionen eines Referenzbildes bleiben auf derselben Seite)</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;Held-out share:</source>
        <translation>&amp;Zurückgehaltener Anteil:</translation>
    </message>
    <message>
        <source>Cross-&amp;validation folds:</source>
        <translation>Teilmengen der &amp;Kreuzvalidierung:</translation>
    </message>
    <message>
        <source>Gradient training (VAE-QA&apos;s head, Cross-IQA&apos;s blocks)</source>
        <translation>Gradiententraining (Kopf von VAE-QA, Blöcke von Cross-IQA)</translation>
    </message>
    <message>
        <source>Loss f&amp;unction:</source>
        <translation>Verl&amp;ustfunktion:</translation>
    </message>
    <message>
        <source>MSE to the normalised MOS</source>
        <translation>MSE zum normierten MOS</translation>
    </message>
    <message>
        <source>Rank-aware: MSE + pairwise ranking</source>
        <translation>Rangbewusst: MSE + paarweises Ranking</translation>
    </message>
    <message>
        <source>Ma&amp;ximum epochs:</source>
        <translation>Ma&amp;ximale Epochenzahl:</translation>
    </message>
    <message>
        <source>Earl&amp;y stop after no better SRCC for:</source>
        <translation>Vorzeitiger Abbruch &amp;ohne bessere SRCC nach:</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>&amp;Keep the encoded features for later runs</source>
        <translation>Kodierte Merkmale für spätere Läufe &amp;behalten</translation>
    </message>
    <message>
        <source>A second run on the same images (another loss, seed or epoch count) then starts training at once; the cache grows by about a megabyte per pair and crop</source>
        <translation>Ein zweiter Lauf auf denselben Bildern (anderer Verlust, Seed oder andere Epochenzahl) beginnt dann sofort mit dem Training; der Cache wächst um etwa ein Megabyte pro Bildpaar und Ausschnitt</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Checkpoint &amp;name:</source>
        <translation>Checkpoint-&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. studio-blur-2026</source>
        <translation>z. B. studio-blur-2026</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Distortion type</source>
        <translation>Verzerrungstyp</translation>
    </message>
    <message>
        <source>SRCC before</source>
        <translation>SRCC vorher</translation>
    </message>
    <message>
        <source>SRCC after</source>
        <translation>SRCC nachher</translation>
    </message>
    <message>
        <source>Notes of the run: normalisation, skipped rows, warnings.</source>
        <translation>Notizen zum Lauf: Normierung, übersprungene Zeilen, Warnungen.</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Use as &amp;active model</source>
        <translation>Als akti&amp;ves Modell verwenden</translation>
    </message>
    <message>
        <source>Roll &amp;back to default</source>
        <translation>Standardmodell &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a rating study</source>
        <translation>Bewertungsstudie auswählen</translation>
    </message>
    <message>
        <source>Choose a label CSV</source>
        <translation>Label-CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Rating studies (*.iqastudy);;All files (*)</source>
        <translation>Bewertungsstudien (*.iqastudy);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Label CSV (*.csv);;All files (*)</source>
        <translation>Label-CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose labels: a label CSV, or a rating study whose votes give a MOS.</source>
        <translation>Wählen Sie Labels: eine Label-CSV-Datei oder eine Bewertungsstudie, deren Urteile einen MOS ergeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Bildpaar</numerusform>
            <numerusform>%n Bildpaare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n reference(s)</source>
        <translation>
            <numerusform>zu %n Referenzbild</numerusform>
            <numerusform>zu %n Referenzbildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>, MOS %1 to %2 (%3 distinct values)</source>
        <translation>, MOS %1 bis %2 (%3 verschiedene Werte)</translation>
    </message>
    <message numerus="yes">
        <source>; %n bad row(s) skipped</source>
        <translation>
            <numerusform>; %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>; %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; distortion types known</source>
        <translation>; Verzerrungstypen bekannt</translation>
    </message>
    <message>
        <source>MOS written to %1.</source>
        <translation>MOS nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>VAE-QA trains on the MOS normalised to 0..1 by this range.</source>
        <translation>VAE-QA trainiert auf dem MOS, der mit diesem Bereich auf 0..1 normiert wird.</translation>
    </message>
    <message>
        <source>Cross-IQA fits the MOS as given.</source>
        <translation>Cross-IQA wird an den unveränderten MOS angepasst.</translation>
    </message>
    <message>
        <source>off (one split)</source>
        <translation>aus (eine Aufteilung)</translation>
    </message>
    <message>
        <source>VAE-QA is full reference: it needs ref,dist,mos labels; these are image,mos.</source>
        <translation>VAE-QA ist referenzbasiert: Es braucht ref,dist,mos-Labels; diese sind image,mos.</translation>
    </message>
    <message>
        <source>Cross-IQA is no-reference: it needs image,mos labels; these are ref,dist,mos.</source>
        <translation>Cross-IQA ist referenzfrei: Es braucht image,mos-Labels; diese sind ref,dist,mos.</translation>
    </message>
    <message>
        <source>Every label has the same value: there is nothing to learn an ordering from.</source>
        <translation>Alle Labels haben denselben Wert: Daraus lässt sich keine Reihenfolge lernen.</translation>
    </message>
    <message>
        <source>Cross-IQA&apos;s head is one ridge fit: no epochs to plot</source>
        <translation>Der Kopf von Cross-IQA ist eine einzige Ridge-Anpassung: keine Epochen zum Darstellen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>the default model</source>
        <translation>das Standardmodell</translation>
    </message>
    <message>
        <source>VAE-QA</source>
        <translation>VAE-QA</translation>
    </message>
    <message>
        <source>Cross-IQA</source>
        <translation>Cross-IQA</translation>
    </message>
    <message>
        <source>%1 scores with the default model.</source>
        <translation>%1 bewertet mit dem Standardmodell.</translation>
    </message>
    <message>
        <source>%1 scores with &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>%1 bewertet mit &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1 is now the active model; the workbench scores with it.</source>
        <translation>%1 ist jetzt das aktive Modell; die Arbeitsumgebung bewertet damit.</translation>
    </message>
    <message>
        <source>Rolled back: the workbench scores with the default model again. Saved checkpoints are kept.</source>
        <translation>Zurückgesetzt: Die Arbeitsumgebung bewertet wieder mit dem Standardmodell. Gespeicherte Checkpoints bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cache: %1 MB</source>
        <translation>Cache: %1 MB</translation>
    </message>
    <message>
        <source>Cache: empty</source>
        <translation>Cache: leer</translation>
    </message>
    <message>
        <source>IQA Studio fine-tuning window</source>
        <translation>Feintuning-Fenster von IQA Studio</translation>
    </message>
    <message>
        <source>A run is in progress; cancel it first.</source>
        <translation>Ein Lauf ist im Gange; brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Choose labels first.</source>
        <translation>Wählen Sie zuerst Labels.</translation>
    </message>
    <message>
        <source>Name the checkpoint with letters, digits, spaces, dots, dashes or underscores (up to 80).</source>
        <translation>Benennen Sie den Checkpoint mit Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen oder Unterstrichen (bis zu 80 Zeichen).</translation>
    </message>
    <message>
        <source>A checkpoint named %1 exists already; choose another name (saved checkpoints are never overwritten).</source>
        <translation>Ein Checkpoint namens %1 existiert bereits; wählen Sie einen anderen Namen (gespeicherte Checkpoints werden nie überschrieben).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Reading the labels and loading the model…</source>
        <translation>Labels werden gelesen und das Modell wird geladen…</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>Computing features once: %1 of %2%3</source>
        <translation>Merkmale werden einmalig berechnet: %1 von %2%3</translation>
    </message>
    <message>
        <source>fold %1, </source>
        <translation>Teilmenge %1, </translation>
    </message>
    <message>
        <source>Final fit on all labels: epoch %1 of %2; about %3 left</source>
        <translation>Abschließende Anpassung an alle Labels: Epoche %1 von %2; noch etwa %3</translation>
    </message>
    <message>
        <source>Training: %1epoch %2 of at most %3, validation SRCC %4; at most %5 left</source>
        <translation>Training: %1Epoche %2 von höchstens %3, Validierungs-SRCC %4; noch höchstens %5</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Held-out vote agreement %3 → %4. Use it with &quot;Use as active model&quot;.</source>
        <translation>In %2 als %1 gespeichert. Übereinstimmung mit den zurückgehaltenen Urteilen %3 → %4. Aktivieren Sie ihn mit „Als aktives Modell verwenden“.</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Held-out SRCC %3 → %4. Use it with &quot;Use as active model&quot;.</source>
        <translation>In %2 als %1 gespeichert. SRCC auf den zurückgehaltenen Daten %3 → %4. Aktivieren Sie ihn mit „Als aktives Modell verwenden“.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n vote(s).</source>
        <translation>
            <numerusform>An %n Urteil angepasst.</numerusform>
            <numerusform>An %n Urteile angepasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) compared; %1-fold by pair of images.</source>
        <translation>
            <numerusform>%n Bild verglichen; %1-fache Aufteilung nach Bildpaaren.</numerusform>
            <numerusform>%n Bilder verglichen; %1-fache Aufteilung nach Bildpaaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>vote agreement before %1, after %2 (out of fold); the votes&apos; own consistency allows at most %3</source>
        <translation>Übereinstimmung mit den Urteilen vorher %1, nachher %2 (auf zurückgehaltenen Teilmengen); die eigene Konsistenz der Urteile erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>Trained on %1 items; held out: %2.</source>
        <translation>Mit %1 Elementen trainiert; zurückgehalten: %2.</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher:  %1</translation>
    </message>
    <message>
        <source>after:  %1</source>
        <translation>nachher: %1</translation>
    </message>
    <message>
        <source>checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
    <message>
        <source>The run failed: %1 Nothing was saved.</source>
        <translation>Der Lauf ist fehlgeschlagen: %1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved; the active model is unchanged.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert; das aktive Modell ist unverändert.</translation>
    </message>
    <message>
        <source>&amp;Degraded views kept below each image:</source>
        <translation>&amp;Verschlechterte Ansichten unter jedem Bild halten:</translation>
    </message>
    <message>
        <source>none (the labels alone)</source>
        <translation>keine (nur die Bewertungen)</translation>
    </message>
    <message>
        <source>Cross-IQA&apos;s head: this many copies of each image, degraded heavily by random types of the degradation bank, must score below it (the shipped head used 2). Off when your raters may prefer what the bank calls a degradation</source>
        <translation>Kopf von Cross-IQA: so viele stark verschlechterte Kopien jedes Bildes (zufällige Typen der Degradationsbank) müssen niedriger bewertet werden als das Bild (der mitgelieferte Kopf nutzte 2). Aus lassen, wenn Ihre Bewerter bevorzugen könnten, was die Bank eine Verschlechterung nennt</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>HeatmapControls</name>
    <message>
        <source>H&amp;eatmap</source>
        <translation>H&amp;eatmap</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>Ebe&amp;ne:</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>Dec&amp;kkraft:</translation>
    </message>
    <message>
        <source>Colou&amp;rs:</source>
        <translation>Fa&amp;rben:</translation>
    </message>
    <message>
        <source>magma</source>
        <translation>magma</translation>
    </message>
    <message>
        <source>viridis</source>
        <translation>viridis</translation>
    </message>
    <message>
        <source>turbo</source>
        <translation>turbo</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>VAE-QA feature distance (cosine, 0 = same) · %1</source>
        <translation>VAE-QA-Merkmalsabstand (Kosinus, 0 = gleich) · %1</translation>
    </message>
    <message>
        <source>Heatmaps are ready: tick “Heatmap” to see where VAE-QA finds the images different.</source>
        <translation>Die Heatmaps sind bereit: Kreuzen Sie „Heatmap“ an, um zu sehen, wo VAE-QA Unterschiede zwischen den Bildern findet.</translation>
    </message>
    <message>
        <source>Overlay where VAE-QA&apos;s encoder sees the distorted image differ from the reference, or where Cross-IQA looks in the distorted image and what it thinks of each part</source>
        <translation>Einblenden, wo der Encoder von VAE-QA Unterschiede zwischen verzerrtem Bild und Referenzbild sieht, oder wohin Cross-IQA im verzerrten Bild schaut und wie es jeden Teil beurteilt</translation>
    </message>
    <message>
        <source>VAE-QA: layer 0 is the shallowest (fine detail, sharp maps), layer 5 the deepest (structure, blurrier maps); the combined map is their mean.
Cross-IQA (distorted image alone): its head applied to each patch, and where its class token looks, per block and rolled out through all blocks.</source>
        <translation>VAE-QA: Ebene 0 ist die flachste (feine Details, scharfe Karten), Ebene 5 die tiefste (Struktur, unschärfere Karten); die kombinierte Karte ist ihr Mittelwert.
Cross-IQA (verzerrtes Bild allein): sein Kopf auf jedes Bildfeld angewandt, und wohin sein Klassen-Token schaut, je Block und über alle Blöcke fortgerechnet (Rollout).</translation>
    </message>
    <message>
        <source>VAE-QA (distorted against reference)</source>
        <translation>VAE-QA (verzerrtes Bild gegen Referenzbild)</translation>
    </message>
    <message>
        <source>Cross-IQA (distorted image alone)</source>
        <translation>Cross-IQA (verzerrtes Bild allein)</translation>
    </message>
    <message>
        <source>Cross-IQA patch quality (score units, higher is better; ranks regions)</source>
        <translation>Cross-IQA-Bildfeldqualität (Einheiten des Qualitätswerts, höher ist besser; ordnet Bereiche)</translation>
    </message>
    <message>
        <source>Cross-IQA&apos;s quality head applied to each patch of the distorted image instead of its class token. The head was fitted on class tokens, so the map ranks regions against each other; its level is not a score of the region.</source>
        <translation>Der Qualitätskopf von Cross-IQA, angewandt auf jedes Bildfeld des verzerrten Bildes statt auf sein Klassen-Token. Der Kopf wurde an Klassen-Token angepasst; die Karte ordnet die Bereiche daher untereinander, ihr Niveau ist kein Qualitätswert des Bereichs.</translation>
    </message>
    <message>
        <source>%1 (1 = an even share)</source>
        <translation>%1 (1 = ein gleicher Anteil)</translation>
    </message>
    <message>
        <source>How much of its attention Cross-IQA&apos;s class token, which carries the quality, gives each patch of the distorted image: 1 is an even share, 4 four times it. The rollout follows the attention through every block.</source>
        <translation>Wie viel seiner Aufmerksamkeit das Klassen-Token von Cross-IQA, das die Qualität trägt, jedem Bildfeld des verzerrten Bildes schenkt: 1 ist ein gleicher Anteil, 4 das Vierfache. Der Rollout verfolgt die Aufmerksamkeit durch alle Blöcke.</translation>
    </message>
    <message>
        <source>Cross-IQA&apos;s maps are ready: tick “Heatmap” to see them over the distorted image.</source>
        <translation>Die Karten von Cross-IQA sind bereit: Kreuzen Sie „Heatmap“ an, um sie über dem verzerrten Bild zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>This Cross-IQA checkpoint has %n block(s): choose one of them.</source>
        <translation>
            <numerusform>Dieser Cross-IQA-Checkpoint hat %n Block: Wählen Sie ihn.</numerusform>
            <numerusform>Dieser Cross-IQA-Checkpoint hat %n Blöcke: Wählen Sie einen davon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapOverlay</name>
    <message>
        <source>Combined (mean of the %1 layers)</source>
        <translation>Kombiniert (Mittel der %1 Ebenen)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Layer %1: %2, stride %3</source>
        <translation>Ebene %1: %2, Schrittweite %3</translation>
    </message>
    <message>
        <source>Cross-IQA patch quality</source>
        <translation>Cross-IQA-Bildfeldqualität</translation>
    </message>
    <message>
        <source>Cross-IQA attention rollout</source>
        <translation>Cross-IQA-Aufmerksamkeit, Rollout</translation>
    </message>
    <message>
        <source>Cross-IQA attention, block %1</source>
        <translation>Cross-IQA-Aufmerksamkeit, Block %1</translation>
    </message>
    <message>
        <source>score units, higher is better; ranks regions, not a score of them</source>
        <translation>Einheiten des Qualitätswerts, höher ist besser; ordnet Bereiche, kein Qualitätswert von ihnen</translation>
    </message>
    <message>
        <source>class-token attention, 1 = an even share</source>
        <translation>Aufmerksamkeit des Klassen-Tokens, 1 = ein gleicher Anteil</translation>
    </message>
    <message>
        <source>cosine distance, 0 = same features</source>
        <translation>Kosinusabstand, 0 = gleiche Merkmale</translation>
    </message>
</context>
<context>
    <name>HeatmapSource</name>
    <message>
        <source>No heatmaps for images over %1 megapixels: this pair has %2 and would need about %3 GB of memory. Downscale it to see them.</source>
        <translation>Keine Heatmaps für Bilder über %1 Megapixel: Dieses Bildpaar hat %2 und würde etwa %3 GB Arbeitsspeicher benötigen. Verkleinern Sie es, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Computing the VAE-QA heatmaps…</source>
        <translation>Die VAE-QA-Heatmaps werden berechnet…</translation>
    </message>
</context>
<context>
    <name>ImageListPanel</name>
    <message>
        <source>&amp;Add Images…</source>
        <translation>B&amp;ilder hinzufügen…</translation>
    </message>
    <message>
        <source>Add distorted candidates to compare with the reference</source>
        <translation>Verzerrte Kandidaten hinzufügen, um sie mit dem Referenzbild zu vergleichen</translation>
    </message>
    <message>
        <source>Click a candidate to compare it with the reference; right-click to set the reference. Drop image files here (the first becomes the reference when there is none).</source>
        <translation>Klicken Sie auf einen Kandidaten, um ihn mit dem Referenzbild zu vergleichen; ein Rechtsklick legt das Referenzbild fest. Ziehen Sie Bilddateien hierher (die erste wird zum Referenzbild, wenn es noch keines gibt).</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>Set as &amp;Reference</source>
        <translation>Als &amp;Referenzbild festlegen</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>signed 8-bit</source>
        <translation>8 Bit mit Vorzeichen</translation>
    </message>
    <message>
        <source>signed 16-bit</source>
        <translation>16 Bit mit Vorzeichen</translation>
    </message>
    <message>
        <source>32-bit integer</source>
        <translation>32-Bit-Ganzzahl</translation>
    </message>
    <message>
        <source>16-bit floating-point</source>
        <translation>16-Bit-Gleitkomma</translation>
    </message>
    <message>
        <source>32-bit floating-point</source>
        <translation>32-Bit-Gleitkomma</translation>
    </message>
    <message>
        <source>64-bit floating-point</source>
        <translation>64-Bit-Gleitkomma</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>gespiegelt</translation>
    </message>
    <message>
        <source>rotated 180°</source>
        <translation>um 180° gedreht</translation>
    </message>
    <message>
        <source>flipped upside down</source>
        <translation>vertikal gespiegelt</translation>
    </message>
    <message>
        <source>mirrored and rotated 90° anticlockwise</source>
        <translation>gespiegelt und um 90° gegen den Uhrzeigersinn gedreht</translation>
    </message>
    <message>
        <source>rotated 90° clockwise</source>
        <translation>um 90° im Uhrzeigersinn gedreht</translation>
    </message>
    <message>
        <source>mirrored and rotated 90° clockwise</source>
        <translation>gespiegelt und um 90° im Uhrzeigersinn gedreht</translation>
    </message>
    <message>
        <source>rotated 90° anticlockwise</source>
        <translation>um 90° gegen den Uhrzeigersinn gedreht</translation>
    </message>
    <message>
        <source>orientation tag %1 applied (%2)</source>
        <translation>Ausrichtungs-Tag %1 angewendet (%2)</translation>
    </message>
    <message>
        <source>%1 is too large to read (%2 bytes).</source>
        <translation>%1 ist zu groß zum Einlesen (%2 Byte).</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels (%4 MP), above the limit of %5 MP.</source>
        <translation>%1 hat %2 x %3 Pixel (%4 MP) und überschreitet damit die Grenze von %5 MP.</translation>
    </message>
    <message>
        <source>No image file was given.</source>
        <translation>Es wurde keine Bilddatei angegeben.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not an image file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist ein Ordner, keine Bilddatei.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>%1 holds %2 data, which is not a supported image format (IQA Studio reads %3).</source>
        <translation>%1 enthält %2-Daten, ein nicht unterstütztes Bildformat (IQA Studio liest %3).</translation>
    </message>
    <message>
        <source>Not enough memory to decode %1.</source>
        <translation>Nicht genügend Arbeitsspeicher, um %1 zu dekodieren.</translation>
    </message>
    <message>
        <source>%1 is truncated: the %2 data ends before its end marker, so the file was probably not copied or downloaded completely.</source>
        <translation>%1 ist abgeschnitten: Die %2-Daten enden vor ihrer Endmarkierung; die Datei wurde vermutlich nicht vollständig kopiert oder heruntergeladen.</translation>
    </message>
    <message>
        <source>%1 is corrupt: its %2 data cannot be decoded.</source>
        <translation>%1 ist beschädigt: Die %2-Daten lassen sich nicht dekodieren.</translation>
    </message>
    <message>
        <source>%1 is corrupt or not really a %2 file: its content is not %2 data.</source>
        <translation>%1 ist beschädigt oder keine echte %2-Datei: Der Inhalt besteht nicht aus %2-Daten.</translation>
    </message>
    <message>
        <source>%1 is not in a supported image format (IQA Studio reads %2).</source>
        <translation>%1 liegt in keinem unterstützten Bildformat vor (IQA Studio liest %2).</translation>
    </message>
    <message>
        <source>%1 stores %2 samples, but IQA Studio reads 8- and 16-bit images only. Convert it to a 16-bit PNG or TIFF first.</source>
        <translation>%1 speichert Abtastwerte im Format %2, aber IQA Studio liest nur 8- und 16-Bit-Bilder. Konvertieren Sie die Datei zuerst in ein 16-Bit-PNG oder -TIFF.</translation>
    </message>
    <message>
        <source>%1 has %2 channels, but IQA Studio reads grey, grey+alpha, RGB and RGBA images only.</source>
        <translation>%1 hat %2 Kanäle, aber IQA Studio liest nur Graustufen-, Graustufen+Alpha-, RGB- und RGBA-Bilder.</translation>
    </message>
    <message>
        <source>alpha channel dropped</source>
        <translation>Alphakanal verworfen</translation>
    </message>
</context>
<context>
    <name>ImageOps</name>
    <message>
        <source>resampled from %1 x %2 to %3 x %4</source>
        <translation>von %1 x %2 auf %3 x %4 skaliert</translation>
    </message>
</context>
<context>
    <name>IqaHeatmap</name>
    <message>
        <source>Heatmaps need two images; the reference image is empty.</source>
        <translation>Heatmaps benötigen zwei Bilder; das Referenzbild ist leer.</translation>
    </message>
    <message>
        <source>Heatmaps need two images; the distorted image is empty.</source>
        <translation>Heatmaps benötigen zwei Bilder; das verzerrte Bild ist leer.</translation>
    </message>
    <message>
        <source>Heatmaps need images of at least %1 x %1 pixels; these are %2 x %3.</source>
        <translation>Heatmaps benötigen Bilder mit mindestens %1 x %1 Pixeln; diese haben %2 x %3.</translation>
    </message>
    <message>
        <source>The %1 encoder returned %2 feature maps instead of %3.</source>
        <translation>Der Encoder %1 hat %2 Merkmalskarten statt %3 geliefert.</translation>
    </message>
    <message>
        <source>The %1 encoder&apos;s layer %2 has %3 x %4 cells at stride %5, too few to cover a %6 x %7 image.</source>
        <translation>Ebene %2 des Encoders %1 hat bei Schrittweite %5 nur %3 x %4 Zellen, zu wenige, um ein Bild mit %6 x %7 Pixeln abzudecken.</translation>
    </message>
    <message>
        <source>The %1 encoder failed while computing heatmaps: %2</source>
        <translation>Der Encoder %1 ist beim Berechnen der Heatmaps fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>LabelCsv</name>
    <message>
        <source>the file is empty; expected a header ref,dist,mos (full reference) or image,mos (no reference)</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile ref,dist,mos (mit Referenz) oder image,mos (ohne Referenz)</translation>
    </message>
    <message>
        <source>line %1: the header has columns %2; expected ref,dist,mos (full reference) or image,mos (no reference)</source>
        <translation>Zeile %1: Die Kopfzeile hat die Spalten %2; erwartet wird ref,dist,mos (mit Referenz) oder image,mos (ohne Referenz)</translation>
    </message>
    <message>
        <source>column %1: empty path</source>
        <translation>Spalte %1: leerer Pfad</translation>
    </message>
    <message>
        <source>mos &apos;%1&apos;: not a number</source>
        <translation>mos &apos;%1&apos;: keine Zahl</translation>
    </message>
    <message>
        <source>mos &apos;%1&apos;: not finite</source>
        <translation>mos &apos;%1&apos;: nicht endlich</translation>
    </message>
</context>
<context>
    <name>LabelEvaluation</name>
    <message>
        <source>%1 is a full-reference model but %2 has no ref,dist columns</source>
        <translation>%1 ist ein referenzbasiertes Modell, aber %2 hat keine Spalten ref,dist</translation>
    </message>
    <message>
        <source>%1 is a no-reference model but %2 has no image column</source>
        <translation>%1 ist ein referenzfreies Modell, aber %2 hat keine Spalte image</translation>
    </message>
    <message>
        <source>score is not finite (%1); identical images?</source>
        <translation>Wert ist nicht endlich (%1); identische Bilder?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IQA Studio</source>
        <translation>IQA Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Reference…</source>
        <translation>&amp;Referenzbild öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Distorted…</source>
        <translation>&amp;Verzerrtes Bild öffnen…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About IQA Studio</source>
        <translation>Ü&amp;ber IQA Studio</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Qualitätswerte</translation>
    </message>
    <message>
        <source>&amp;Scores Panel</source>
        <translation>&amp;Qualitätswerte</translation>
    </message>
    <message>
        <source>Drop a reference image here or press %1.</source>
        <translation>Referenzbild hierher ziehen oder %1 drücken.</translation>
    </message>
    <message>
        <source>Drop a distorted image here or press %1.</source>
        <translation>Verzerrtes Bild hierher ziehen oder %1 drücken.</translation>
    </message>
    <message>
        <source>As Reference</source>
        <translation>Als Referenzbild</translation>
    </message>
    <message>
        <source>As Distorted</source>
        <translation>Als verzerrtes Bild</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pnm);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pnm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Reference Image</source>
        <translation>Referenzbild öffnen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 x %2, %3-bit</source>
        <translation>%1 x %2, %3 Bit</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>Open a reference and a distorted image to score them.</source>
        <translation>Öffnen Sie ein Referenzbild und ein verzerrtes Bild, um sie zu bewerten.</translation>
    </message>
    <message>
        <source>The images differ in size (%1 x %2 and %3 x %4): full-reference scores need equal sizes.</source>
        <translation>Die Bilder sind unterschiedlich groß (%1 x %2 und %3 x %4): Referenzbasierte Qualitätswerte erfordern gleich große Bilder.</translation>
    </message>
    <message>
        <source>About IQA Studio</source>
        <translation>Über IQA Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IQA Studio %1&lt;/h3&gt;&lt;p&gt;Compare images, score them with classic and learned quality models, collect human opinion scores and fine-tune the models on them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IQA Studio %1&lt;/h3&gt;&lt;p&gt;Bilder vergleichen, mit klassischen und gelernten Qualitätsmodellen bewerten, menschliche Bewertungen (Opinion Scores) sammeln und die Modelle damit nachtrainieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Side &amp;by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Reference and distorted image next to each other (1)</source>
        <translation>Referenzbild und verzerrtes Bild nebeneinander (1)</translation>
    </message>
    <message>
        <source>S&amp;wipe</source>
        <translation>&amp;Wischvergleich</translation>
    </message>
    <message>
        <source>One view: reference left of a draggable line, distorted right (2)</source>
        <translation>Eine Ansicht: Referenz links einer verschiebbaren Linie, verzerrtes Bild rechts (2)</translation>
    </message>
    <message>
        <source>F&amp;licker</source>
        <translation>&amp;Blinkvergleich</translation>
    </message>
    <message>
        <source>One view: Space switches between reference and distorted (3)</source>
        <translation>Eine Ansicht: Die Leertaste wechselt zwischen Referenz und verzerrtem Bild (3)</translation>
    </message>
    <message>
        <source>&amp;Difference</source>
        <translation>&amp;Differenz</translation>
    </message>
    <message>
        <source>Absolute difference through a colour map, with a colour bar (4)</source>
        <translation>Absolute Differenz über eine Farbskala, mit Farbbalken (4)</translation>
    </message>
    <message>
        <source>Switch Reference/Distorted (Flicker)</source>
        <translation>Referenz/verzerrtes Bild umschalten (Blinkvergleich)</translation>
    </message>
    <message>
        <source>Clear &amp;Region</source>
        <translation>Ausschnitt &amp;aufheben</translation>
    </message>
    <message>
        <source>Compare Modes</source>
        <translation>Vergleichsmodi</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Score &amp;Label File…</source>
        <translation>&amp;Label-Datei bewerten…</translation>
    </message>
    <message>
        <source>Score every row of a label CSV and correlate with its MOS</source>
        <translation>Jede Zeile einer Label-CSV-Datei bewerten und mit ihrem MOS korrelieren</translation>
    </message>
    <message>
        <source>Score &amp;Folder Against Reference…</source>
        <translation>&amp;Ordner gegen Referenzbild bewerten…</translation>
    </message>
    <message>
        <source>Score every image of a folder against the current reference</source>
        <translation>Jedes Bild eines Ordners gegen das aktuelle Referenzbild bewerten</translation>
    </message>
    <message>
        <source>Batch Scoring</source>
        <translation>Stapelbewertung</translation>
    </message>
    <message>
        <source>&amp;Batch Panel</source>
        <translation>S&amp;tapelbewertung</translation>
    </message>
    <message>
        <source>Ins&amp;pector Panel</source>
        <translation>&amp;Inspektor</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>&amp;Images Panel</source>
        <translation>Bi&amp;lder</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>P&amp;lots Panel</source>
        <translation>Diag&amp;ramme</translation>
    </message>
    <message>
        <source>Open Distorted Images</source>
        <translation>Verzerrte Bilder öffnen</translation>
    </message>
    <message>
        <source>Open a distorted image to see Cross-IQA&apos;s maps of it.</source>
        <translation>Öffnen Sie ein verzerrtes Bild, um die Karten von Cross-IQA dazu zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Fine-Tune Models…</source>
        <translation>Modelle &amp;feinabstimmen…</translation>
    </message>
    <message>
        <source>Train VAE-QA or Cross-IQA on your own labels and compare before and after</source>
        <translation>VAE-QA oder Cross-IQA mit eigenen Labels nachtrainieren und vorher und nachher vergleichen</translation>
    </message>
    <message>
        <source>Fine-tuning in progress</source>
        <translation>Feintuning läuft</translation>
    </message>
    <message>
        <source>A fine-tuning run is still in progress. Quitting cancels it and nothing of it is saved. Quit anyway?</source>
        <translation>Ein Feintuning-Lauf ist noch nicht beendet. Beim Beenden wird er abgebrochen, und nichts davon wird gespeichert. Trotzdem beenden?</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <source>models folder setting</source>
        <translation>Einstellung des Modellordners</translation>
    </message>
    <message>
        <source>user data folder</source>
        <translation>Benutzerdatenordner</translation>
    </message>
    <message>
        <source>source checkout</source>
        <translation>Quellcode-Checkout</translation>
    </message>
    <message>
        <source>Weights file %1 not found. Looked in: %2. Run scripts/fetch-models or set IQA_STUDIO_MODELS.</source>
        <translation>Gewichtsdatei %1 nicht gefunden. Gesucht in: %2. Führen Sie scripts/fetch-models aus oder setzen Sie IQA_STUDIO_MODELS.</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>Unknown model &apos;%1&apos;. Known models: %2</source>
        <translation>Unbekanntes Modell &apos;%1&apos;. Bekannte Modelle: %2</translation>
    </message>
    <message>
        <source>No model given. Known models: %1</source>
        <translation>Kein Modell angegeben. Bekannte Modelle: %1</translation>
    </message>
</context>
<context>
    <name>ModelWorker</name>
    <message>
        <source>%1 is a no-reference model but the batch has reference images</source>
        <translation>%1 ist ein referenzfreies Modell, aber der Stapel enthält Referenzbilder</translation>
    </message>
    <message>
        <source>%1 is a full-reference model but the batch has no reference images</source>
        <translation>%1 ist ein referenzbasiertes Modell, aber der Stapel enthält keine Referenzbilder</translation>
    </message>
    <message>
        <source>No full-reference model is available</source>
        <translation>Kein referenzbasiertes Modell verfügbar</translation>
    </message>
    <message>
        <source>No no-reference model is available yet; choose a reference image</source>
        <translation>Noch kein referenzfreies Modell verfügbar; wählen Sie ein Referenzbild</translation>
    </message>
    <message>
        <source>No heatmaps: %1</source>
        <translation>Keine Heatmaps: %1</translation>
    </message>
    <message>
        <source>No Cross-IQA maps: %1</source>
        <translation>Keine Cross-IQA-Karten: %1</translation>
    </message>
    <message>
        <source>No Cross-IQA maps: the cross-iqa model is not a Cross-IQA network.</source>
        <translation>Keine Cross-IQA-Karten: Das Modell cross-iqa ist kein Cross-IQA-Netz.</translation>
    </message>
</context>
<context>
    <name>MosAggregator</name>
    <message>
        <source>line %1: method %2 in a set of %3 votes</source>
        <translation>Zeile %1: Methode %2 in einer Menge von %3-Urteilen</translation>
    </message>
    <message>
        <source>gold trials: %1 of %2 answered correctly (%3), below the minimum %4</source>
        <translation>Goldstandard-Durchgänge: %1 von %2 richtig beantwortet (%3), unter dem Minimum %4</translation>
    </message>
    <message>
        <source>repeated trials: %1 of %2 answered differently the second time (%3), above the maximum %4</source>
        <translation>Wiederholte Durchgänge: %1 von %2 beim zweiten Mal anders beantwortet (%3), über dem Maximum %4</translation>
    </message>
    <message>
        <source>repeated trials: mean difference %1 over %2 repeats, above the maximum %3</source>
        <translation>Wiederholte Durchgänge: mittlere Abweichung %1 über %2 Wiederholungen, über dem Maximum %3</translation>
    </message>
    <message>
        <source>BT.500 screening is defined for rating scales, not for pairwise comparisons; only gold and repeat checks were applied</source>
        <translation>Das BT.500-Screening ist für Bewertungsskalen definiert, nicht für Paarvergleiche; nur die Goldstandard- und Wiederholungsprüfungen wurden angewendet</translation>
    </message>
    <message>
        <source>ITU-R BT.500 screening: %1 of %2 scores outside the mean +/- 2 (or sqrt(20)) standard deviations, %3 above and %4 below: (P+Q)/J = %5 &gt; 0.05 and |P-Q|/(P+Q) = %6 &lt; 0.3</source>
        <translation>ITU-R-BT.500-Screening: %1 von %2 Bewertungen außerhalb von Mittelwert +/- 2 (bzw. sqrt(20)) Standardabweichungen, %3 darüber und %4 darunter: (P+Q)/J = %5 &gt; 0.05 und |P-Q|/(P+Q) = %6 &lt; 0.3</translation>
    </message>
    <message>
        <source>score %1 is %2 standard deviations from the stimulus mean %3 (limit %4)</source>
        <translation>Bewertung %1 liegt %2 Standardabweichungen vom Mittelwert %3 des Stimulus entfernt (Grenze %4)</translation>
    </message>
</context>
<context>
    <name>MosReport</name>
    <message>
        <source>%1: the votes mix single images and REF|DIST pairs; a label CSV holds one layout</source>
        <translation>%1: Die Urteile mischen Einzelbilder und REF|DIST-Paare; eine Label-CSV-Datei kann nur eines von beiden enthalten</translation>
    </message>
    <message>
        <source>%1: no stimulus has a MOS to write</source>
        <translation>%1: Für keinen Stimulus gibt es einen MOS zum Schreiben</translation>
    </message>
</context>
<context>
    <name>PixelInspector</name>
    <message>
        <source>Pixel under the cursor</source>
        <translation>Pixel unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Reference (0–1)</source>
        <translation>Referenz (0–1)</translation>
    </message>
    <message>
        <source>Distorted</source>
        <translation>Verzerrt</translation>
    </message>
    <message>
        <source>Distorted (0–1)</source>
        <translation>Verzerrt (0–1)</translation>
    </message>
    <message>
        <source>|ref − dist| (0–255)</source>
        <translation>|ref − dist| (0–255)</translation>
    </message>
    <message>
        <source>Reference mean</source>
        <translation>Mittelwert Referenz</translation>
    </message>
    <message>
        <source>Reference std</source>
        <translation>Standardabw. Referenz</translation>
    </message>
    <message>
        <source>Distorted mean</source>
        <translation>Mittelwert verzerrt</translation>
    </message>
    <message>
        <source>Distorted std</source>
        <translation>Standardabw. verzerrt</translation>
    </message>
    <message>
        <source>On the 0–255 scale; the standard deviation divides by the pixel count.</source>
        <translation>Auf der Skala 0–255; die Standardabweichung wird durch die Pixelanzahl geteilt.</translation>
    </message>
    <message>
        <source>Move the pointer over an image.</source>
        <translation>Bewegen Sie den Mauszeiger über ein Bild.</translation>
    </message>
    <message>
        <source>x %1, y %2 (image pixels, from the top left)</source>
        <translation>x %1, y %2 (Bildpixel, von oben links)</translation>
    </message>
    <message>
        <source>Shift+drag on any view to measure a region; Esc clears it.</source>
        <translation>Umschalt+Ziehen in einer beliebigen Ansicht misst einen Ausschnitt; Esc hebt ihn auf.</translation>
    </message>
    <message>
        <source>Measuring %1 x %2 px at (%3, %4)…</source>
        <translation>Messung von %1 x %2 px bei (%3, %4)…</translation>
    </message>
    <message>
        <source>%1 x %2 px (%3 pixels) at x %4, y %5; values on the 0–255 scale</source>
        <translation>%1 x %2 px (%3 Pixel) bei x %4, y %5; Werte auf der Skala 0–255</translation>
    </message>
    <message>
        <source>MSE %1 · PSNR %2 dB · mean |ref − dist| %3</source>
        <translation>MSE %1 · PSNR %2 dB · Mittelwert |ref − dist| %3</translation>
    </message>
    <message>
        <source>Heatmap: none for this pair yet.</source>
        <translation>Heatmap: für dieses Bildpaar noch keine.</translation>
    </message>
    <message>
        <source>Heatmap: %1 (%2) · %3</source>
        <translation>Heatmap: %1 (%2) · %3</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>%1 is a no-reference model: give it single images, not a pair</source>
        <translation>%1 ist ein referenzfreies Modell: Übergeben Sie einzelne Bilder, kein Bildpaar</translation>
    </message>
    <message>
        <source>%1 is a full-reference model: it needs a reference image</source>
        <translation>%1 ist ein referenzbasiertes Modell: Es benötigt ein Referenzbild</translation>
    </message>
    <message>
        <source>Image sizes differ: reference %1 is %2 x %3, distorted %4 is %5 x %6 (resample explicitly, e.g. iqa --resize-dist)</source>
        <translation>Die Bildgrößen unterscheiden sich: Referenzbild %1 hat %2 x %3, verzerrtes Bild %4 hat %5 x %6 (explizit skalieren, z. B. mit iqa --resize-dist)</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Dürftig</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Ordentlich</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Very annoying</source>
        <translation>Sehr störend</translation>
    </message>
    <message>
        <source>Annoying</source>
        <translation>Störend</translation>
    </message>
    <message>
        <source>Slightly annoying</source>
        <translation>Leicht störend</translation>
    </message>
    <message>
        <source>Perceptible but not annoying</source>
        <translation>Wahrnehmbar, aber nicht störend</translation>
    </message>
    <message>
        <source>Imperceptible</source>
        <translation>Nicht wahrnehmbar</translation>
    </message>
    <message>
        <source>← or 1</source>
        <translation>← oder 1</translation>
    </message>
    <message>
        <source>→ or 2</source>
        <translation>→ oder 2</translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation>Links ist besser</translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation>Rechts ist besser</translation>
    </message>
</context>
<context>
    <name>RatingSession</name>
    <message>
        <source>Rating: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rating study: %1</source>
        <translation>Bewertungsstudie: %1</translation>
    </message>
    <message>
        <source>Rating study</source>
        <translation>Bewertungsstudie</translation>
    </message>
    <message>
        <source>The experimenter fills in this page with the rater. Only the rater id is required; the rest is recorded with the session for the analysis.</source>
        <translation>Die Versuchsleitung füllt diese Seite gemeinsam mit dem Bewerter aus. Nur die Bewerter-ID ist erforderlich; die übrigen Angaben werden für die Auswertung mit der Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Rater id:</source>
        <translation>&amp;Bewerter-ID:</translation>
    </message>
    <message>
        <source>Required; the same id resumes an unfinished session</source>
        <translation>Erforderlich; mit derselben ID wird eine unterbrochene Sitzung fortgesetzt</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Alter:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Möchte keine Angabe machen</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation>Seh&amp;vermögen:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Corrected to normal (glasses, lenses)</source>
        <translation>Auf normal korrigiert (Brille, Kontaktlinsen)</translation>
    </message>
    <message>
        <source>Colour vision deficiency</source>
        <translation>Farbsehschwäche</translation>
    </message>
    <message>
        <source>&amp;Display:</source>
        <translation>&amp;Monitor:</translation>
    </message>
    <message>
        <source>Model, peak luminance, calibration</source>
        <translation>Modell, Spitzenleuchtdichte, Kalibrierung</translation>
    </message>
    <message>
        <source>V&amp;iewing conditions:</source>
        <translation>Be&amp;trachtungsbedingungen:</translation>
    </message>
    <message>
        <source>Viewing distance, room lighting</source>
        <translation>Betrachtungsabstand, Raumbeleuchtung</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Bildschirm:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Checking the stimulus files…</source>
        <translation>Die Stimulusdateien werden geprüft…</translation>
    </message>
    <message>
        <source>The stimulus files could not be checked: %1</source>
        <translation>Die Stimulusdateien konnten nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stimulus file(s) checked: all present and unchanged.</source>
        <translation>
            <numerusform>%n Stimulusdatei geprüft: vorhanden und unverändert.</numerusform>
            <numerusform>%n Stimulusdateien geprüft: alle vorhanden und unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stimulus file(s) moved or changed since the study was created. The session cannot start until they are restored:</source>
        <translation>
            <numerusform>%n Stimulusdatei wurde seit dem Anlegen der Studie verschoben oder verändert. Die Sitzung kann erst beginnen, wenn sie wiederhergestellt ist:</numerusform>
            <numerusform>%n Stimulusdateien wurden seit dem Anlegen der Studie verschoben oder verändert. Die Sitzung kann erst beginnen, wenn sie wiederhergestellt sind:</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the rater id first.</source>
        <translation>Geben Sie zuerst die Bewerter-ID ein.</translation>
    </message>
    <message>
        <source>The stimulus files are still being checked; start again in a moment.</source>
        <translation>Die Stimulusdateien werden noch geprüft; starten Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>The session cannot start while stimulus files are missing or changed (see above).</source>
        <translation>Die Sitzung kann nicht beginnen, solange Stimulusdateien fehlen oder verändert sind (siehe oben).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has already completed %n session(s) of this study. Press Start again to begin another one.</source>
        <translation>
            <numerusform>%1 hat bereits %n Sitzung dieser Studie abgeschlossen. Klicken Sie erneut auf „Starten“, um eine weitere zu beginnen.</numerusform>
            <numerusform>%1 hat bereits %n Sitzungen dieser Studie abgeschlossen. Klicken Sie erneut auf „Starten“, um eine weitere zu beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate the quality of each image with the keys 1 (bad) to 5 (excellent).</source>
        <translation>Bewerten Sie die Qualität jedes Bildes mit den Tasten 1 (schlecht) bis 5 (ausgezeichnet).</translation>
    </message>
    <message>
        <source>Each test image is shown next to its reference. Rate how much the differences annoy you, with the keys 1 (very annoying) to 5 (imperceptible).</source>
        <translation>Jedes Testbild wird neben seinem Referenzbild gezeigt. Bewerten Sie mit den Tasten 1 (sehr störend) bis 5 (nicht wahrnehmbar), wie sehr Sie die Unterschiede stören.</translation>
    </message>
    <message>
        <source>Rate the quality of each image on the slider: move it with the left and right arrow keys (with Shift in steps of 10) and confirm with Enter or Space.</source>
        <translation>Bewerten Sie die Qualität jedes Bildes mit dem Schieberegler: Bewegen Sie ihn mit den Pfeiltasten nach links und rechts (mit Umschalt in Zehnerschritten) und bestätigen Sie mit der Eingabetaste oder der Leertaste.</translation>
    </message>
    <message>
        <source>Two images are shown side by side. Choose the better one: left arrow or 1 for the left image, right arrow or 2 for the right one.</source>
        <translation>Zwei Bilder werden nebeneinander gezeigt. Wählen Sie das bessere: Pfeil nach links oder 1 für das linke Bild, Pfeil nach rechts oder 2 für das rechte.</translation>
    </message>
    <message>
        <source>Keys 1 to 5 vote  ·  Esc pauses</source>
        <translation>Tasten 1 bis 5: Urteil  ·  Esc: Pause</translation>
    </message>
    <message>
        <source>← → move (Shift: by 10)  ·  Enter or Space confirms  ·  Esc pauses</source>
        <translation>← → bewegen (Umschalt: um 10)  ·  Eingabe- oder Leertaste bestätigt  ·  Esc: Pause</translation>
    </message>
    <message>
        <source>← or 1: left is better  ·  → or 2: right is better  ·  Esc pauses</source>
        <translation>← oder 1: links ist besser  ·  → oder 2: rechts ist besser  ·  Esc: Pause</translation>
    </message>
    <message>
        <source>You have rated %1 of %2 items; the session continues with item %3.</source>
        <translation>Sie haben %1 von %2 Elementen bewertet; die Sitzung wird mit Element %3 fortgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>This session has %n item(s) to rate.</source>
        <translation>
            <numerusform>In dieser Sitzung ist %n Element zu bewerten.</numerusform>
            <numerusform>In dieser Sitzung sind %n Elemente zu bewerten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice items at the start, which do not count: %1.</source>
        <translation>Übungselemente am Anfang, die nicht gewertet werden: %1.</translation>
    </message>
    <message>
        <source>Each image disappears after %1 s; you can still vote after that.</source>
        <translation>Jedes Bild verschwindet nach %1 s; Ihr Urteil können Sie auch danach noch abgeben.</translation>
    </message>
    <message numerus="yes">
        <source>There is a short break after every %n item(s).</source>
        <translation>
            <numerusform>Nach jeweils %n Element gibt es eine kurze Pause.</numerusform>
            <numerusform>Nach jeweils %n Elementen gibt es eine kurze Pause.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space to continue. Esc pauses at any time.</source>
        <translation>Drücken Sie die Leertaste, um fortzufahren. Mit Esc können Sie jederzeit pausieren.</translation>
    </message>
    <message>
        <source>Press Space to begin. Esc pauses at any time.</source>
        <translation>Drücken Sie die Leertaste, um zu beginnen. Mit Esc können Sie jederzeit pausieren.</translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation>Willkommen zurück, %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 of %2 items done. Rest your eyes for a moment.

Press Space to continue.</source>
        <translation>%1 von %2 Elementen erledigt. Gönnen Sie Ihren Augen einen Moment Ruhe.

Drücken Sie die Leertaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenzbild</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Practice  ·  %1</source>
        <translation>Übung  ·  %1</translation>
    </message>
    <message>
        <source>This item cannot be shown. Press Esc and tell the experimenter.</source>
        <translation>Dieses Element kann nicht angezeigt werden. Drücken Sie Esc und informieren Sie die Versuchsleitung.</translation>
    </message>
    <message>
        <source>Item %1 was answered in another window; that vote stands.</source>
        <translation>Element %1 wurde in einem anderen Fenster beantwortet; dieses Urteil bleibt bestehen.</translation>
    </message>
    <message>
        <source>Vote Not Stored</source>
        <translation>Urteil nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

The vote was not stored. Vote again; if this keeps happening, press Esc and tell the experimenter.</source>
        <translation>%1

Das Urteil wurde nicht gespeichert. Geben Sie es erneut ab; wenn das wiederholt passiert, drücken Sie Esc und informieren Sie die Versuchsleitung.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Every vote so far is saved.

Space: continue  ·  Esc: stop for now.
The session continues where it stopped when the same rater id starts again.</source>
        <translation>Alle bisherigen Urteile sind gespeichert.

Leertaste: fortfahren  ·  Esc: vorerst beenden.
Die Sitzung wird an derselben Stelle fortgesetzt, wenn mit derselben Bewerter-ID erneut gestartet wird.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n item(s) rated and saved.

Press Enter to close this window.</source>
        <translation>
            <numerusform>Fertig: %n Element bewertet und gespeichert.

Drücken Sie die Eingabetaste, um dieses Fenster zu schließen.</numerusform>
            <numerusform>Fertig: %n Elemente bewertet und gespeichert.

Drücken Sie die Eingabetaste, um dieses Fenster zu schließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Study File Problem</source>
        <translation>Problem mit der Studiendatei</translation>
    </message>
    <message>
        <source>%1

Every vote cast so far is saved. The session is paused.</source>
        <translation>%1

Alle bisher abgegebenen Urteile sind gespeichert. Die Sitzung ist pausiert.</translation>
    </message>
</context>
<context>
    <name>RatingStimulusView</name>
    <message>
        <source>shown at %1%</source>
        <translation>angezeigt mit %1 %</translation>
    </message>
    <message>
        <source>%1 (shown at %2%)</source>
        <translation>%1 (angezeigt mit %2 %)</translation>
    </message>
</context>
<context>
    <name>RegionStatistics</name>
    <message>
        <source>Region statistics need both images.</source>
        <translation>Für die Ausschnittsstatistik werden beide Bilder benötigt.</translation>
    </message>
    <message>
        <source>Region statistics need images of equal size.</source>
        <translation>Für die Ausschnittsstatistik werden gleich große Bilder benötigt.</translation>
    </message>
    <message>
        <source>The region lies outside the image.</source>
        <translation>Der Ausschnitt liegt außerhalb des Bildes.</translation>
    </message>
</context>
<context>
    <name>SafeTensors</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>file has only %1 bytes; a safetensors file starts with an 8-byte header length</source>
        <translation>die Datei hat nur %1 Byte; eine safetensors-Datei beginnt mit einer 8 Byte langen Header-Längenangabe</translation>
    </message>
    <message>
        <source>cannot map the file into memory: %1</source>
        <translation>die Datei kann nicht in den Speicher eingeblendet werden: %1</translation>
    </message>
    <message>
        <source>header length %1 is larger than the %2 bytes that follow it (not a safetensors file, or truncated)</source>
        <translation>die Header-Länge %1 ist größer als die %2 Byte, die darauf folgen (keine safetensors-Datei oder abgeschnitten)</translation>
    </message>
    <message>
        <source>header length %1 exceeds the limit of %2 bytes</source>
        <translation>die Header-Länge %1 überschreitet die Grenze von %2 Byte</translation>
    </message>
    <message>
        <source>header is not valid JSON: %1 at byte %2 of the header</source>
        <translation>der Header ist kein gültiges JSON: %1 bei Byte %2 des Headers</translation>
    </message>
    <message>
        <source>header is JSON but not an object</source>
        <translation>der Header ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>__metadata__ is not a JSON object</source>
        <translation>__metadata__ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>__metadata__ entry &apos;%1&apos; is not a string</source>
        <translation>__metadata__-Eintrag &apos;%1&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not a JSON object</source>
        <translation>Eintrag &apos;%1&apos; ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no dtype string</source>
        <translation>Tensor &apos;%1&apos; hat keine dtype-Zeichenkette</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation>Tensor &apos;%1&apos; hat den unbekannten dtype &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no shape array</source>
        <translation>Tensor &apos;%1&apos; hat kein shape-Array</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a negative dimension in shape %2</source>
        <translation>Tensor &apos;%1&apos; hat eine negative Dimension in der Form %2</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; dimensions must be non-negative integers</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2; Dimensionen müssen nichtnegative ganze Zahlen sein</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; needs data_offsets [begin, end] of two non-negative integers</source>
        <translation>Tensor &apos;%1&apos; benötigt data_offsets [begin, end] aus zwei nichtnegativen ganzen Zahlen</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has offsets %2..%3 that end before they begin</source>
        <translation>Tensor &apos;%1&apos; hat die Offsets %2..%3, die enden, bevor sie beginnen</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has offsets %2..%3 but the data section holds only %4 bytes (file truncated?)</source>
        <translation>Tensor &apos;%1&apos; hat die Offsets %2..%3, aber der Datenbereich enthält nur %4 Byte (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>more than 2^63</source>
        <translation>mehr als 2^63</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has offsets %2..%3 but shape %4 × %5 needs %6 bytes</source>
        <translation>Tensor &apos;%1&apos; hat die Offsets %2..%3, aber die Form %4 × %5 benötigt %6 Byte</translation>
    </message>
    <message>
        <source>tensors &apos;%1&apos; (offsets %2..%3) and &apos;%4&apos; (offsets %5..%6) overlap</source>
        <translation>die Tensoren &apos;%1&apos; (Offsets %2..%3) und &apos;%4&apos; (Offsets %5..%6) überlappen sich</translation>
    </message>
    <message>
        <source>%1: no tensor named &apos;%2&apos;</source>
        <translation>%1: kein Tensor namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has dtype %3; only F32, F16, BF16 and F64 convert to float32</source>
        <translation>%1: Tensor &apos;%2&apos; hat den dtype %3; nur F32, F16, BF16 und F64 lassen sich in float32 umwandeln</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tensor name</source>
        <translation>&apos;%1&apos; ist kein gültiger Tensorname</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; was already added</source>
        <translation>Tensor &apos;%1&apos; wurde bereits hinzugefügt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape %2 × %3 needs %4 bytes, got %5</source>
        <translation>Tensor &apos;%1&apos;: Die Form %2 × %3 benötigt %4 Byte, erhalten: %5</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an invalid shape %2</source>
        <translation>Tensor &apos;%1&apos; hat die ungültige Form %2</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no values</source>
        <translation>Tensor &apos;%1&apos; hat keine Werte</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Model %1 · %2 · preprocessing: %3</source>
        <translation>Modell %1 · %2 · Vorverarbeitung: %3</translation>
    </message>
    <message>
        <source> · weights SHA-256 %1</source>
        <translation> · Gewichte SHA-256 %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Wertebereich</translation>
    </message>
    <message>
        <source>Open a reference and a distorted image to score them.</source>
        <translation>Öffnen Sie ein Referenzbild und ein verzerrtes Bild, um sie zu bewerten.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Scores of the distorted image against the reference:</source>
        <translation>Qualitätswerte des verzerrten Bildes im Vergleich zum Referenzbild:</translation>
    </message>
    <message>
        <source>Scoring… learned models take a few seconds on a CPU.</source>
        <translation>Qualitätswerte werden berechnet… Gelernte Modelle brauchen auf einer CPU einige Sekunden.</translation>
    </message>
    <message>
        <source> · device %1</source>
        <translation> · Gerät %1</translation>
    </message>
    <message>
        <source>%1: weights %2…, crops: %3, device %4</source>
        <translation>%1: Gewichte %2…, Ausschnitte: %3, Gerät %4</translation>
    </message>
    <message>
        <source>%1: classic formulas, no weights, CPU</source>
        <translation>%1: klassische Formeln, keine Gewichte, CPU</translation>
    </message>
    <message numerus="yes">
        <source> · %n tile(s) of %1 px</source>
        <translation>
            <numerusform> · %n Kachel von %1 px</numerusform>
            <numerusform> · %n Kacheln von %1 px</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · distorted</source>
        <translation>%1 · verzerrt</translation>
    </message>
    <message>
        <source>%1 · reference</source>
        <translation>%1 · Referenz</translation>
    </message>
    <message>
        <source>No reference: the reference image scored on its own.</source>
        <translation>Ohne Referenz: das Referenzbild für sich allein bewertet.</translation>
    </message>
    <message>
        <source>No reference: the distorted image scored on its own.</source>
        <translation>Ohne Referenz: das verzerrte Bild für sich allein bewertet.</translation>
    </message>
    <message>
        <source>Full reference: distorted against reference</source>
        <translation>Mit Referenz: verzerrtes Bild gegen Referenzbild</translation>
    </message>
    <message>
        <source>These models compare the distorted image with the reference pixel by pixel or feature by feature.</source>
        <translation>Diese Modelle vergleichen das verzerrte Bild Pixel für Pixel oder Merkmal für Merkmal mit dem Referenzbild.</translation>
    </message>
    <message>
        <source>No reference: each image alone</source>
        <translation>Ohne Referenz: jedes Bild für sich</translation>
    </message>
    <message>
        <source>These models judge one image without seeing the other: the reference gets a score of its own.</source>
        <translation>Diese Modelle beurteilen ein Bild, ohne das andere zu sehen: Auch das Referenzbild erhält einen eigenen Qualitätswert.</translation>
    </message>
    <message>
        <source>Scores of the pair, and of each image alone:</source>
        <translation>Qualitätswerte des Bildpaars und jedes Bildes für sich:</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <source>distorted %1</source>
        <translation>verzerrt %1</translation>
    </message>
    <message>
        <source>%1 (no reference): checkpoint %2…, crops: %3, device %4</source>
        <translation>%1 (referenzfrei): Checkpoint %2…, Ausschnitte: %3, Gerät %4</translation>
    </message>
    <message>
        <source>%1 (no reference): checkpoint %2…, tiles of %3 px: %4 (crops setting %5), device %6</source>
        <translation>%1 (referenzfrei): Checkpoint %2…, Kacheln von %3 px: %4 (Einstellung Ausschnitte: %5), Gerät %6</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No-reference scores of each image alone:</source>
        <translation>Referenzfreie Qualitätswerte jedes Bildes für sich:</translation>
    </message>
</context>
<context>
    <name>ScorePlots</name>
    <message>
        <source>Model for the candidate and history &amp;charts:</source>
        <translation>&amp;Modell für Kandidaten- und Verlaufsdiagramme:</translation>
    </message>
    <message>
        <source>layer (shallow → deep)</source>
        <translation>Ebene (flach → tief)</translation>
    </message>
    <message>
        <source>cosine distance</source>
        <translation>Kosinusabstand</translation>
    </message>
    <message>
        <source>One model&apos;s score for every candidate of the image list; the current one in orange</source>
        <translation>Der Wert eines Modells für jeden Kandidaten der Bildliste; der aktuelle in Orange</translation>
    </message>
    <message>
        <source>One model&apos;s score for each pair shown in this session, in order</source>
        <translation>Der Wert eines Modells für jedes in dieser Sitzung gezeigte Bildpaar, der Reihe nach</translation>
    </message>
    <message>
        <source>Mean of each VAE-QA heatmap: where in the encoder, shallow to deep, the images differ</source>
        <translation>Mittelwert jeder VAE-QA-Heatmap: wo im Encoder, von flach bis tief, sich die Bilder unterscheiden</translation>
    </message>
    <message>
        <source>pairs shown, in order</source>
        <translation>gezeigte Bildpaare, der Reihe nach</translation>
    </message>
    <message>
        <source>↑ better</source>
        <translation>↑ besser</translation>
    </message>
    <message>
        <source>↓ better</source>
        <translation>↓ besser</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [%2] (%3)</source>
        <translation>%1 [%2] (%3)</translation>
    </message>
    <message>
        <source>Distance per layer: none yet</source>
        <translation>Abstand pro Ebene: noch keiner</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Distance per layer (VAE-QA)</source>
        <translation>Abstand pro Ebene (VAE-QA)</translation>
    </message>
    <message>
        <source>Candidates (%1 of %2 scored)</source>
        <translation>Kandidaten (%1 von %2 bewertet)</translation>
    </message>
    <message>
        <source>This session (pairs shown: %1)</source>
        <translation>Diese Sitzung (gezeigte Bildpaare: %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, falls verfügbar)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Einer pro Kern (%1)</translation>
    </message>
    <message>
        <source>Default search path</source>
        <translation>Standard-Suchpfad</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source> MP</source>
        <translation> MP</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Compute device:</source>
        <translation>Rechengerät:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <source>Largest image:</source>
        <translation>Maximale Bildgröße:</translation>
    </message>
    <message>
        <source>1: the centre (faster)</source>
        <translation>1: die Mitte (schneller)</translation>
    </message>
    <message>
        <source>5: centre and corners (steadier)</source>
        <translation>5: Mitte und Ecken (stabiler)</translation>
    </message>
    <message>
        <source>Learned models score the mean over these crops, each of the size they were trained on; cached scores are kept per setting.</source>
        <translation>Gelernte Modelle liefern den Mittelwert über diese Ausschnitte, jeweils in der Größe, mit der sie trainiert wurden; zwischengespeicherte Qualitätswerte werden je Einstellung aufbewahrt.</translation>
    </message>
    <message>
        <source>Test-time crops:</source>
        <translation>Testzeit-Ausschnitte:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Am Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Drag with the left mouse button</source>
        <translation>Mit der linken Maustaste ziehen</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Drop a file on the reference or distorted view</source>
        <translation>Datei auf die Ansicht des Referenzbildes oder des verzerrten Bildes ziehen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Pan (all views follow)</source>
        <translation>Verschieben (alle Ansichten folgen)</translation>
    </message>
    <message>
        <source>Measure a region (Inspector panel)</source>
        <translation>Ausschnitt messen (Inspektor)</translation>
    </message>
    <message>
        <source>Shift+drag on any view</source>
        <translation>Umschalt+Ziehen in einer beliebigen Ansicht</translation>
    </message>
    <message>
        <source>Move the swipe line</source>
        <translation>Trennlinie des Wischvergleichs verschieben</translation>
    </message>
    <message>
        <source>Drag the line in swipe mode</source>
        <translation>Im Wischvergleich die Linie ziehen</translation>
    </message>
    <message>
        <source>Pixel values (Inspector panel)</source>
        <translation>Pixelwerte (Inspektor)</translation>
    </message>
    <message>
        <source>Move the pointer over any view</source>
        <translation>Mauszeiger über eine beliebige Ansicht bewegen</translation>
    </message>
    <message>
        <source>Add candidates (Images panel)</source>
        <translation>Kandidaten hinzufügen (Bereich „Bilder“)</translation>
    </message>
    <message>
        <source>Drop files on the list</source>
        <translation>Dateien auf die Liste ziehen</translation>
    </message>
    <message>
        <source>Compare another candidate</source>
        <translation>Anderen Kandidaten vergleichen</translation>
    </message>
    <message>
        <source>Click it in the Images panel</source>
        <translation>Im Bereich „Bilder“ darauf klicken</translation>
    </message>
    <message>
        <source>Set as reference</source>
        <translation>Als Referenzbild festlegen</translation>
    </message>
    <message>
        <source>Right-click an image in the Images panel</source>
        <translation>Im Bereich „Bilder“ mit der rechten Maustaste auf ein Bild klicken</translation>
    </message>
    <message>
        <source>Heatmap value (Inspector panel)</source>
        <translation>Heatmap-Wert (Inspektor)</translation>
    </message>
    <message>
        <source>Tick Heatmap below the images, move the pointer</source>
        <translation>„Heatmap“ unter den Bildern ankreuzen, Mauszeiger bewegen</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Distorted</source>
        <translation>Verzerrt</translation>
    </message>
</context>
<context>
    <name>StableDiffusionEncoder</name>
    <message>
        <source>diffusers</source>
        <translation>diffusers</translation>
    </message>
    <message>
        <source>diffusers (legacy attention)</source>
        <translation>diffusers (alte Attention-Namen)</translation>
    </message>
    <message>
        <source>latent-diffusion</source>
        <translation>latent-diffusion</translation>
    </message>
    <message>
        <source>The weights file %1 is not a Stable-Diffusion AutoencoderKL: it has no tensor &apos;encoder.conv_in.weight&apos;.</source>
        <translation>Die Gewichtsdatei %1 ist kein Stable-Diffusion-AutoencoderKL: Sie enthält keinen Tensor &apos;encoder.conv_in.weight&apos;.</translation>
    </message>
    <message>
        <source>The weights file %1 has neither diffusers names (tensor &apos;%2&apos;) nor latent-diffusion names (tensor &apos;%3&apos;) for the SD-KL encoder.</source>
        <translation>Die Gewichtsdatei %1 enthält für den SD-KL-Encoder weder diffusers-Namen (Tensor &apos;%2&apos;) noch latent-diffusion-Namen (Tensor &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The weights file %1 does not fit the SD-KL encoder: tensor &apos;%2&apos; has shape %3; its output width must be a multiple of %4.</source>
        <translation>Die Gewichtsdatei %1 passt nicht zum SD-KL-Encoder: Tensor &apos;%2&apos; hat die Form %3; seine Ausgabebreite muss ein Vielfaches von %4 sein.</translation>
    </message>
    <message>
        <source>The weights file %1 does not fit the SD-KL encoder: tensor &apos;%2&apos; is missing.</source>
        <translation>Die Gewichtsdatei %1 passt nicht zum SD-KL-Encoder: Tensor &apos;%2&apos; fehlt.</translation>
    </message>
    <message>
        <source>The weights file %1 does not fit the SD-KL encoder: tensor &apos;%2&apos; has shape %3; expected an even number of outputs (mean and log-variance).</source>
        <translation>Die Gewichtsdatei %1 passt nicht zum SD-KL-Encoder: Tensor &apos;%2&apos; hat die Form %3; erwartet wird eine gerade Anzahl von Ausgaben (Mittelwert und Log-Varianz).</translation>
    </message>
    <message>
        <source>the sd-kl-f8 encoder (%1 names, base width %2)</source>
        <translation>dem Encoder sd-kl-f8 (Namensschema %1, Basisbreite %2)</translation>
    </message>
    <message>
        <source>The base width of an SD-KL encoder must be a positive multiple of %1, not %2.</source>
        <translation>Die Basisbreite eines SD-KL-Encoders muss ein positives Vielfaches von %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>An SD-KL encoder needs at least one latent channel.</source>
        <translation>Ein SD-KL-Encoder benötigt mindestens einen Latent-Kanal.</translation>
    </message>
    <message>
        <source>Could not write a random SD-KL encoder to %1: %2</source>
        <translation>Ein zufällig initialisierter SD-KL-Encoder konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StudyMenu</name>
    <message>
        <source>&amp;Study</source>
        <translation>S&amp;tudie</translation>
    </message>
    <message>
        <source>&amp;New Study…</source>
        <translation>&amp;Neue Studie…</translation>
    </message>
    <message>
        <source>Create a rating study from a folder, a list file or a label CSV</source>
        <translation>Eine Bewertungsstudie aus einem Ordner, einer Listendatei oder einer Label-CSV-Datei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Study…</source>
        <translation>Studie ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation>&amp;Bewerten…</translation>
    </message>
    <message>
        <source>Start or resume a rater&apos;s session, full screen</source>
        <translation>Die Sitzung eines Bewerters im Vollbild starten oder fortsetzen</translation>
    </message>
    <message>
        <source>R&amp;esults…</source>
        <translation>&amp;Ergebnisse…</translation>
    </message>
    <message>
        <source>MOS, confidence intervals, rater screening, charts, export and import</source>
        <translation>MOS, Konfidenzintervalle, Screening der Bewerter, Diagramme, Export und Import</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>%1 bewerten</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Ergebnisse von %1</translation>
    </message>
    <message>
        <source>Open Rating Study</source>
        <translation>Bewertungsstudie öffnen</translation>
    </message>
    <message>
        <source>Study files (*.iqas);;All files (*)</source>
        <translation>Studiendateien (*.iqas);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Study</source>
        <translation>Studie kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>StudyPresentation</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a presentation settings file (%2)</source>
        <translation>%1: keine Datei mit Darbietungseinstellungen (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StudyPresentationFields</name>
    <message>
        <source>Brea&amp;k every:</source>
        <translation>&amp;Pause alle:</translation>
    </message>
    <message>
        <source> items</source>
        <translation> Elemente</translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation>Keine Pausen</translation>
    </message>
    <message>
        <source>&amp;Presentation time:</source>
        <translation>&amp;Darbietungsdauer:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Until the vote</source>
        <translation>Bis zum Urteil</translation>
    </message>
    <message>
        <source>The image is hidden after this time; the rater can still vote</source>
        <translation>Das Bild wird nach dieser Zeit ausgeblendet; der Bewerter kann sein Urteil weiterhin abgeben</translation>
    </message>
</context>
<context>
    <name>StudyResultsView</name>
    <message>
        <source>Study Results: %1</source>
        <translation>Studienergebnisse: %1</translation>
    </message>
    <message>
        <source>Study Results</source>
        <translation>Studienergebnisse</translation>
    </message>
    <message>
        <source>&amp;Screening:</source>
        <translation>&amp;Screening:</translation>
    </message>
    <message>
        <source>ITU-R BT.500</source>
        <translation>ITU-R BT.500</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Rater rejection by the BT.500 beta-2 (kurtosis) test, after the gold and repeat checks; not defined for pairwise comparisons</source>
        <translation>Ausschluss von Bewertern mit dem Beta-2-Test (Kurtosis) nach BT.500, nach den Goldstandard- und Wiederholungsprüfungen; für Paarvergleiche nicht definiert</translation>
    </message>
    <message>
        <source>&amp;Outlier z:</source>
        <translation>&amp;Ausreißer-z:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Drop single scores further than this many standard deviations from their stimulus mean (0 = off; see docs/studies.md before using it)</source>
        <translation>Einzelne Bewertungen verwerfen, die mehr als so viele Standardabweichungen vom Mittelwert ihres Stimulus entfernt liegen (0 = aus; lesen Sie vor der Verwendung docs/studies.md)</translation>
    </message>
    <message>
        <source>Gold &amp;minimum:</source>
        <translation>Goldstandard-&amp;Minimum:</translation>
    </message>
    <message>
        <source>Raters with a smaller share of correct gold answers are excluded</source>
        <translation>Bewerter mit einem kleineren Anteil richtiger Goldstandard-Antworten werden ausgeschlossen</translation>
    </message>
    <message>
        <source>Gold &amp;tolerance:</source>
        <translation>Goldstandard-&amp;Toleranz:</translation>
    </message>
    <message>
        <source>A gold answer within ± this of the expected one is correct</source>
        <translation>Eine Goldstandard-Antwort, die höchstens um diesen Wert (±) von der erwarteten abweicht, ist richtig</translation>
    </message>
    <message>
        <source>&amp;Repeat maximum:</source>
        <translation>&amp;Wiederholungsmaximum:</translation>
    </message>
    <message>
        <source>Raters whose repeated answers differ more than this on average are excluded (pairwise: the share of repeats answered differently)</source>
        <translation>Bewerter, deren wiederholte Antworten im Mittel stärker als dieser Wert abweichen, werden ausgeschlossen (Paarvergleich: der Anteil anders beantworteter Wiederholungen)</translation>
    </message>
    <message>
        <source>&amp;Bootstrap:</source>
        <translation>&amp;Bootstrap:</translation>
    </message>
    <message>
        <source>Resamples for the pairwise scale&apos;s intervals</source>
        <translation>Bootstrap-Stichproben für die Intervalle der Paarvergleichsskala</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the votes again (a session may be rating right now)</source>
        <translation>Die Urteile erneut einlesen (möglicherweise läuft gerade eine Sitzung)</translation>
    </message>
    <message>
        <source>Stimuli</source>
        <translation>Stimuli</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Excluded votes</source>
        <translation>Ausgeschlossene Urteile</translation>
    </message>
    <message>
        <source>MOS with 95% CI</source>
        <translation>MOS mit 95-%-KI</translation>
    </message>
    <message>
        <source>Rater bias</source>
        <translation>Bewerter-Bias</translation>
    </message>
    <message>
        <source>Votes over time</source>
        <translation>Urteile im Zeitverlauf</translation>
    </message>
    <message>
        <source>Export &amp;Votes CSV…</source>
        <translation>&amp;Urteile als CSV exportieren…</translation>
    </message>
    <message>
        <source>One row per vote with all its context; iqa mos and iqa study import read it</source>
        <translation>Eine Zeile pro Urteil mit allen Begleitangaben; iqa mos und iqa study import lesen sie ein</translation>
    </message>
    <message>
        <source>Export MOS &amp;Labels…</source>
        <translation>MOS-&amp;Labels exportieren…</translation>
    </message>
    <message>
        <source>A label CSV after screening, for iqa eval and fine-tuning</source>
        <translation>Eine Label-CSV-Datei nach dem Screening, für iqa eval und das Nachtrainieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>The study, its sessions and votes, and these results</source>
        <translation>Die Studie, ihre Sitzungen und Urteile sowie diese Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Import Votes…</source>
        <translation>Urteile &amp;importieren…</translation>
    </message>
    <message>
        <source>Merge a votes CSV, e.g. the export of a copy of this study rated elsewhere</source>
        <translation>Eine Urteils-CSV-Datei einbinden, z. B. den Export einer anderswo bewerteten Kopie dieser Studie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>Noch keine Urteile.</translation>
    </message>
    <message>
        <source>Raters: %1, excluded: %2. Votes: %3 (%4 used, %5 training, %6 gold).</source>
        <translation>Bewerter: %1, ausgeschlossen: %2. Urteile: %3 (%4 verwendet, %5 Übung, %6 Goldstandard).</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Scale (BT)</source>
        <translation>Skala (BT)</translation>
    </message>
    <message>
        <source>Bootstrap std</source>
        <translation>Bootstrap-Std.-Abw.</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>95 % unten</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>95 % oben</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Stimulus</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>95% CI ±</source>
        <translation>95-%-KI ±</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stimuli rated</source>
        <translation>Bewertete Stimuli</translation>
    </message>
    <message>
        <source>Gold correct</source>
        <translation>Goldstandard richtig</translation>
    </message>
    <message>
        <source>Repeat difference</source>
        <translation>Wiederholungsabweichung</translation>
    </message>
    <message>
        <source>BT.500 P/Q</source>
        <translation>BT.500 P/Q</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>excluded (%1)</source>
        <translation>ausgeschlossen (%1)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>scores %1 on average against the MOS (kept: screening does not catch a steady offset)</source>
        <translation>bewertet im Mittel um %1 abweichend vom MOS (beibehalten: Das Screening erkennt keinen gleichbleibenden Versatz)</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>Images, ordered by scale</source>
        <translation>Bilder, nach Skalenwert geordnet</translation>
    </message>
    <message>
        <source>Stimuli, ordered by MOS</source>
        <translation>Stimuli, nach MOS geordnet</translation>
    </message>
    <message>
        <source>Bradley-Terry scale (log strength)</source>
        <translation>Bradley-Terry-Skala (logarithmierte Stärke)</translation>
    </message>
    <message>
        <source>MOS (%1 … %2)</source>
        <translation>MOS (%1 … %2)</translation>
    </message>
    <message>
        <source>No MOS yet</source>
        <translation>Noch kein MOS</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalenwert</translation>
    </message>
    <message>
        <source>95% bootstrap interval</source>
        <translation>95-%-Bootstrap-Intervall</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95-%-Konfidenzintervall</translation>
    </message>
    <message>
        <source>Bias: mean of score − MOS</source>
        <translation>Bias: Mittelwert von Bewertung − MOS</translation>
    </message>
    <message>
        <source>Rater bias is defined for rating scales, not for pairwise comparisons</source>
        <translation>Der Bewerter-Bias ist für Bewertungsskalen definiert, nicht für Paarvergleiche</translation>
    </message>
    <message>
        <source>No raters yet</source>
        <translation>Noch keine Bewerter</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Time the vote was cast</source>
        <translation>Zeitpunkt des Urteils</translation>
    </message>
    <message>
        <source>Votes (cumulative, per rater)</source>
        <translation>Urteile (kumuliert, pro Bewerter)</translation>
    </message>
    <message>
        <source>No votes with a time yet</source>
        <translation>Noch keine Urteile mit Zeitangabe</translation>
    </message>
    <message>
        <source>No votes yet, so no MOS to write.</source>
        <translation>Noch keine Urteile, daher gibt es keinen MOS zum Schreiben.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Votes</source>
        <translation>Urteile exportieren</translation>
    </message>
    <message>
        <source>Export MOS Labels</source>
        <translation>MOS-Labels exportieren</translation>
    </message>
    <message>
        <source>Export Study as JSON</source>
        <translation>Studie als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>(stimuli without a MOS, left out: %1; every rater of them was excluded)</source>
        <translation>(Stimuli ohne MOS, ausgelassen: %1; alle ihre Bewerter wurden ausgeschlossen)</translation>
    </message>
    <message>
        <source>Import Votes</source>
        <translation>Urteile importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 votes (%2 already present, %3 new sessions, %4 new raters, %5 rows skipped).</source>
        <translation>%1 Urteile importiert (%2 bereits vorhanden, %3 neue Sitzungen, %4 neue Bewerter, %5 Zeilen übersprungen).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation>Skali&amp;erung:</translation>
    </message>
    <message>
        <source>Bradley-Terry</source>
        <translation>Bradley-Terry</translation>
    </message>
    <message>
        <source>Thurstone Case V</source>
        <translation>Thurstone Case V</translation>
    </message>
    <message>
        <source>How the pairwise preferences become a scale: Bradley-Terry (logistic; unit: logit) or Thurstone Case V (normal; unit: standard deviation of the difference of two stimuli&apos;s qualities). Both rank alike; Bradley-Terry values come out about 1.7 times larger</source>
        <translation>Wie aus den Paarvergleichen eine Skala wird: Bradley-Terry (logistisch; Einheit: Logit) oder Thurstone Case V (normalverteilt; Einheit: Standardabweichung der Differenz der Qualitäten zweier Stimuli). Beide ergeben dieselbe Reihenfolge; Bradley-Terry-Werte fallen etwa 1,7-mal größer aus</translation>
    </message>
    <message>
        <source>Scale (Thurstone)</source>
        <translation>Skala (Thurstone)</translation>
    </message>
    <message>
        <source>Thurstone Case V scale (SD of a difference of two stimuli)</source>
        <translation>Thurstone-Case-V-Skala (Std.-Abw. der Differenz zweier Stimuli)</translation>
    </message>
</context>
<context>
    <name>StudySources</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>DCR shows a reference with each image: choose a list file (REF|DIST lines) or a label CSV</source>
        <translation>DCR zeigt zu jedem Bild ein Referenzbild: Wählen Sie eine Listendatei (Zeilen REF|DIST) oder eine Label-CSV-Datei</translation>
    </message>
    <message>
        <source>%1: no image files</source>
        <translation>%1: keine Bilddateien</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>expected a header stimulus,%1</source>
        <translation>erwartet wird eine Kopfzeile stimulus,%1</translation>
    </message>
    <message>
        <source>%1: line %2: expected a header stimulus,%3 (found %4)</source>
        <translation>%1: Zeile %2: erwartet wird eine Kopfzeile stimulus,%3 (gefunden: %4)</translation>
    </message>
    <message>
        <source>%1: line %2: %3 &apos;%4&apos;: not a number</source>
        <translation>%1: Zeile %2: %3 &apos;%4&apos;: keine Zahl</translation>
    </message>
    <message>
        <source>no test items (a pairwise study needs at least two images)</source>
        <translation>keine Testelemente (eine Paarvergleichsstudie benötigt mindestens zwei Bilder)</translation>
    </message>
</context>
<context>
    <name>StudyStore</name>
    <message>
        <source>%1: no such study file</source>
        <translation>%1: Studiendatei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not an IQA Studio study (not an SQLite database); the file was not changed</source>
        <translation>%1: keine IQA-Studio-Studie (keine SQLite-Datenbank); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>%1: Der SQLite-Treiber von Qt fehlt (installieren Sie libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: damaged or not a database (%2); the file was not changed</source>
        <translation>%1: beschädigt oder keine Datenbank (%2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not an IQA Studio study; the file was not changed</source>
        <translation>%1: eine SQLite-Datenbank, aber keine IQA-Studio-Studie; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: written by a newer IQA Studio (study format %2; this version reads up to %3); open it with that version; the file was not changed</source>
        <translation>%1: von einer neueren Version von IQA Studio geschrieben (Studienformat %2; diese Version liest bis %3); öffnen Sie die Datei mit jener Version; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: damaged study file (no format version); the file was not changed</source>
        <translation>%1: beschädigte Studiendatei (keine Formatversion); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: damaged study file (%2); the file was not changed</source>
        <translation>%1: beschädigte Studiendatei (%2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: study format %2 needs an upgrade</source>
        <translation>%1: Studienformat %2 muss aktualisiert werden</translation>
    </message>
    <message>
        <source>%1: cannot keep a backup before upgrading (%2)</source>
        <translation>%1: Vor der Aktualisierung kann keine Sicherungskopie angelegt werden (%2)</translation>
    </message>
    <message>
        <source>cannot upgrade</source>
        <translation>kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot switch to the WAL journal</source>
        <translation>kann nicht auf das WAL-Journal umgestellt werden</translation>
    </message>
    <message>
        <source>cannot configure</source>
        <translation>kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <source>cannot read the study</source>
        <translation>die Studie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no study record</source>
        <translation>kein Studiendatensatz</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos;</source>
        <translation>unbekannte Methode &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 already exists; a study is never overwritten</source>
        <translation>%1 existiert bereits; eine Studie wird nie überschrieben</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: an item has no image</source>
        <translation>%1: Ein Element hat kein Bild</translation>
    </message>
    <message>
        <source>%1: %2 needs two images per item (%3)</source>
        <translation>%1: %2 benötigt zwei Bilder pro Element (%3)</translation>
    </message>
    <message>
        <source>%1: item %2 names the same image twice</source>
        <translation>%1: Element %2 nennt zweimal dasselbe Bild</translation>
    </message>
    <message>
        <source>%1: item %2 is listed twice as %3</source>
        <translation>%1: Element %2 ist zweimal als %3 aufgeführt</translation>
    </message>
    <message>
        <source>%1: gold item %2 has no expected answer</source>
        <translation>%1: Goldstandard-Element %2 hat keine erwartete Antwort</translation>
    </message>
    <message>
        <source>%1: gold item %2: expected answer %3: %4</source>
        <translation>%1: Goldstandard-Element %2: erwartete Antwort %3: %4</translation>
    </message>
    <message>
        <source>%1: the study has no test items</source>
        <translation>%1: Die Studie hat keine Testelemente</translation>
    </message>
    <message>
        <source>%1: %2 repeats per session, but there are %3 test items</source>
        <translation>%1: %2 Wiederholungen pro Sitzung, aber es gibt nur %3 Testelemente</translation>
    </message>
    <message>
        <source>%1: stimulus %2 does not exist</source>
        <translation>%1: Stimulus %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot read stimulus %2: %3</source>
        <translation>%1: Stimulus %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>Der SQLite-Treiber von Qt fehlt (installieren Sie libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create (another file took the name?)</source>
        <translation>%1: kann nicht angelegt werden (hat eine andere Datei den Namen belegt?)</translation>
    </message>
    <message>
        <source>cannot read items</source>
        <translation>die Elemente können nicht gelesen werden</translation>
    </message>
    <message>
        <source>no item %1</source>
        <translation>kein Element %1</translation>
    </message>
    <message>
        <source>cannot read stimuli</source>
        <translation>die Stimuli können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: missing (moved, renamed or deleted since the study was created)</source>
        <translation>%1: fehlt (seit dem Anlegen der Studie verschoben, umbenannt oder gelöscht)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: changed since the study was created (SHA-256 %2, recorded %3)</source>
        <translation>%1: seit dem Anlegen der Studie verändert (SHA-256 %2, gespeichert %3)</translation>
    </message>
    <message>
        <source>cannot start a session</source>
        <translation>es kann keine Sitzung gestartet werden</translation>
    </message>
    <message>
        <source>the rater has no name</source>
        <translation>der Bewerter hat keinen Namen</translation>
    </message>
    <message>
        <source>cannot read session %1</source>
        <translation>Sitzung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>diese Sitzung gibt es nicht</translation>
    </message>
    <message>
        <source>cannot read sessions</source>
        <translation>die Sitzungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the schedule of session %1</source>
        <translation>der Ablaufplan von Sitzung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot store the vote for position %1 of session %2</source>
        <translation>das Urteil für Position %1 von Sitzung %2 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>value %1: %2</source>
        <translation>Wert %1: %2</translation>
    </message>
    <message>
        <source>that position already has a vote</source>
        <translation>für diese Position gibt es bereits ein Urteil</translation>
    </message>
    <message>
        <source>the session has no such position</source>
        <translation>die Sitzung hat keine solche Position</translation>
    </message>
    <message>
        <source>cannot read votes</source>
        <translation>die Urteile können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>method %1: the study uses %2</source>
        <translation>Methode %1: Die Studie verwendet %2</translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: not a %2 item of this study</source>
        <translation>stimulus &apos;%1&apos;: kein %2-Element dieser Studie</translation>
    </message>
    <message>
        <source>session %1 belongs to another rater</source>
        <translation>Sitzung %1 gehört zu einem anderen Bewerter</translation>
    </message>
    <message>
        <source>session %1 position %2 already has a different vote</source>
        <translation>Sitzung %1, Position %2 hat bereits ein anderes Urteil</translation>
    </message>
    <message>
        <source>session %1 position %2 is scheduled for another item</source>
        <translation>Sitzung %1, Position %2 ist für ein anderes Element vorgesehen</translation>
    </message>
</context>
<context>
    <name>StudyWizard</name>
    <message>
        <source>Training Items</source>
        <translation>Übungselemente</translation>
    </message>
    <message>
        <source>List files (*.txt *.lst);;All files (*)</source>
        <translation>Listendateien (*.txt *.lst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Gold Items</source>
        <translation>Goldstandard-Elemente</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Rating Study</source>
        <translation>Neue Bewertungsstudie</translation>
    </message>
    <message>
        <source>Stimuli and method</source>
        <translation>Stimuli und Methode</translation>
    </message>
    <message>
        <source>What the raters see and how they answer.</source>
        <translation>Was die Bewerter sehen und wie sie antworten.</translation>
    </message>
    <message>
        <source>Training, gold and repeated items</source>
        <translation>Übungs-, Goldstandard- und wiederholte Elemente</translation>
    </message>
    <message>
        <source>Practice trials, trials with a known answer that check the rater, and test items shown twice to check consistency. All optional.</source>
        <translation>Übungsdurchgänge, Durchgänge mit bekannter Antwort zur Kontrolle des Bewerters und zweimal gezeigte Testelemente zur Prüfung der Konsistenz. Alles optional.</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Darbietung</translation>
    </message>
    <message>
        <source>Order, breaks and how long each image is shown. The rating window lets you change breaks and time before each session.</source>
        <translation>Reihenfolge, Pausen und wie lange jedes Bild gezeigt wird. Im Bewertungsfenster können Sie Pausen und Dauer vor jeder Sitzung ändern.</translation>
    </message>
    <message>
        <source>Study file</source>
        <translation>Studiendatei</translation>
    </message>
    <message>
        <source>One file holds the study, its sessions and every vote. Stimulus files are hashed now, so a moved or changed file is noticed before anyone rates it.</source>
        <translation>Eine Datei enthält die Studie, ihre Sitzungen und alle Urteile. Die Hashwerte der Stimulusdateien werden jetzt berechnet, damit eine verschobene oder veränderte Datei auffällt, bevor jemand sie bewertet.</translation>
    </message>
    <message>
        <source>&amp;Stimuli from:</source>
        <translation>&amp;Stimuli aus:</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>List file (IMAGE, REF|DIST or A|B per line)</source>
        <translation>Listendatei (IMAGE, REF|DIST oder A|B pro Zeile)</translation>
    </message>
    <message>
        <source>Label CSV (ref,dist,mos or image,mos)</source>
        <translation>Label-CSV-Datei (ref,dist,mos oder image,mos)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Folder whose images are rated</source>
        <translation>Ordner, dessen Bilder bewertet werden</translation>
    </message>
    <message>
        <source>List file, paths relative to it</source>
        <translation>Listendatei, Pfade relativ zu ihr</translation>
    </message>
    <message>
        <source>Label CSV, paths relative to it</source>
        <translation>Label-CSV-Datei, Pfade relativ zu ihr</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>ACR: absolute category rating, 5 points (bad … excellent)</source>
        <translation>ACR: absolute Kategoriebewertung, 5 Stufen (schlecht … ausgezeichnet)</translation>
    </message>
    <message>
        <source>DCR: degradation category rating with the reference shown, 5 points</source>
        <translation>DCR: Degradationskategoriebewertung mit gezeigtem Referenzbild, 5 Stufen</translation>
    </message>
    <message>
        <source>Continuous slider, 0 … 100</source>
        <translation>Stufenloser Schieberegler, 0 … 100</translation>
    </message>
    <message>
        <source>Pairwise comparison: which of two images is better</source>
        <translation>Paarvergleich: Welches von zwei Bildern ist besser?</translation>
    </message>
    <message>
        <source>&amp;Training items:</source>
        <translation>Ü&amp;bungselemente:</translation>
    </message>
    <message>
        <source>List file of practice stimuli, shown first, never scored</source>
        <translation>Listendatei mit Übungsstimuli, zuerst gezeigt, nie gewertet</translation>
    </message>
    <message>
        <source>&amp;Gold items:</source>
        <translation>&amp;Goldstandard-Elemente:</translation>
    </message>
    <message>
        <source>CSV with columns stimulus,expected</source>
        <translation>CSV-Datei mit den Spalten stimulus,expected</translation>
    </message>
    <message>
        <source>Gold to&amp;lerance:</source>
        <translation>Goldstandard-&amp;Toleranz:</translation>
    </message>
    <message>
        <source>A gold answer within ± this of the expected one counts as correct; raters below 80% correct are excluded in the results</source>
        <translation>Eine Goldstandard-Antwort, die höchstens um diesen Wert (±) von der erwarteten abweicht, gilt als richtig; Bewerter mit weniger als 80 % richtigen Antworten werden in den Ergebnissen ausgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Repeated items per session:</source>
        <translation>Wiederholte &amp;Elemente pro Sitzung:</translation>
    </message>
    <message>
        <source>Test items shown a second time in each session, to check each rater&apos;s consistency</source>
        <translation>Testelemente, die in jeder Sitzung ein zweites Mal gezeigt werden, um die Konsistenz jedes Bewerters zu prüfen</translation>
    </message>
    <message>
        <source>Order &amp;seed:</source>
        <translation>&amp;Seed der Reihenfolge:</translation>
    </message>
    <message>
        <source>Empty: a random order per session</source>
        <translation>Leer: eine zufällige Reihenfolge pro Sitzung</translation>
    </message>
    <message>
        <source>With a seed, each rater&apos;s order follows from it and the rater&apos;s name, so the study can be run again in the same orders. Every session stores its own seed either way.</source>
        <translation>Mit einem Seed ergibt sich die Reihenfolge jedes Bewerters aus diesem Seed und dem Namen des Bewerters, sodass sich die Studie in denselben Reihenfolgen wiederholen lässt. Jede Sitzung speichert in jedem Fall ihren eigenen Seed.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Default: the file name</source>
        <translation>Standard: der Dateiname</translation>
    </message>
    <message>
        <source>Study fi&amp;le:</source>
        <translation>Studien&amp;datei:</translation>
    </message>
    <message>
        <source>New file, e.g. study.iqas</source>
        <translation>Neue Datei, z. B. study.iqas</translation>
    </message>
    <message>
        <source>One image at a time (for REF|DIST items the distorted one); keys 1 to 5.</source>
        <translation>Jeweils ein Bild (bei REF|DIST-Elementen das verzerrte); Tasten 1 bis 5.</translation>
    </message>
    <message>
        <source>Reference and distorted image side by side; the impairment is rated with keys 1 (very annoying) to 5 (imperceptible). Needs REF|DIST items: a list or label file, not a folder.</source>
        <translation>Referenzbild und verzerrtes Bild nebeneinander; die Beeinträchtigung wird mit den Tasten 1 (sehr störend) bis 5 (nicht wahrnehmbar) bewertet. Benötigt REF|DIST-Elemente: eine Listen- oder Label-Datei, keinen Ordner.</translation>
    </message>
    <message>
        <source>One image at a time; a slider from 0 to 100 moved with the arrow keys, confirmed with Enter or Space.</source>
        <translation>Jeweils ein Bild; ein Schieberegler von 0 bis 100, bewegt mit den Pfeiltasten, bestätigt mit der Eingabe- oder Leertaste.</translation>
    </message>
    <message>
        <source>Two images side by side, sides drawn at random; the rater picks the better one with the left/right arrow keys. Every pair of the images is compared (from a label file: the distorted images that share a reference).</source>
        <translation>Zwei Bilder nebeneinander, Seiten zufällig verteilt; der Bewerter wählt das bessere mit den Pfeiltasten links/rechts. Jedes Paar der Bilder wird verglichen (bei einer Label-Datei: die verzerrten Bilder mit demselben Referenzbild).</translation>
    </message>
    <message>
        <source>Folder of Images</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>List File</source>
        <translation>Listendatei</translation>
    </message>
    <message>
        <source>Label CSV</source>
        <translation>Label-CSV-Datei</translation>
    </message>
    <message>
        <source>New Study File</source>
        <translation>Neue Studiendatei</translation>
    </message>
    <message>
        <source>Study files (*.iqas);;All files (*)</source>
        <translation>Studiendateien (*.iqas);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the folder of images to rate.</source>
        <translation>Wählen Sie den Ordner mit den zu bewertenden Bildern.</translation>
    </message>
    <message>
        <source>Choose the file that lists the stimuli.</source>
        <translation>Wählen Sie die Datei, die die Stimuli auflistet.</translation>
    </message>
    <message>
        <source>Gold item %1: expected answer %2: %3</source>
        <translation>Goldstandard-Element %1: erwartete Antwort %2: %3</translation>
    </message>
    <message>
        <source>Test items: %1, training items: %2, gold items: %3, repeats per session: %4.</source>
        <translation>Testelemente: %1, Übungselemente: %2, Goldstandard-Elemente: %3, Wiederholungen pro Sitzung: %4.</translation>
    </message>
    <message>
        <source>Test items: %1.</source>
        <translation>Testelemente: %1.</translation>
    </message>
    <message>
        <source>Repeats per session (%1) cannot exceed the number of test items (%2).</source>
        <translation>Die Wiederholungen pro Sitzung (%1) dürfen die Anzahl der Testelemente (%2) nicht übersteigen.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>Der Seed muss eine ganze Zahl von 0 bis 18446744073709551615 sein.</translation>
    </message>
    <message>
        <source>Choose where to save the study file.</source>
        <translation>Wählen Sie, wo die Studiendatei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Hashing the stimulus files…</source>
        <translation>Die Hashwerte der Stimulusdateien werden berechnet…</translation>
    </message>
    <message>
        <source>Presentation Settings Not Saved</source>
        <translation>Darbietungseinstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The study was created, but its presentation settings could not be saved:
%1

Set breaks and presentation time in the rating window before each session.</source>
        <translation>Die Studie wurde angelegt, aber ihre Darbietungseinstellungen konnten nicht gespeichert werden:
%1

Legen Sie Pausen und Darbietungsdauer vor jeder Sitzung im Bewertungsfenster fest.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
</context>
<context>
    <name>TinyAutoEncoder</name>
    <message>
        <source>the %1 encoder</source>
        <translation>dem Encoder %1</translation>
    </message>
    <message>
        <source>Unknown decoder &quot;%1&quot; (known: %2).</source>
        <translation>Unbekannter Decoder &quot;%1&quot; (bekannt: %2).</translation>
    </message>
    <message>
        <source>Weights file %1 for the %2 decoder does not exist.</source>
        <translation>Die Gewichtsdatei %1 für den Decoder %2 existiert nicht.</translation>
    </message>
    <message>
        <source>the %1 decoder</source>
        <translation>dem Decoder %1</translation>
    </message>
    <message>
        <source>Could not load the %1 decoder from %2: %3</source>
        <translation>Der Decoder %1 konnte nicht aus %2 geladen werden: %3</translation>
    </message>
    <message>
        <source>The decoder needs a latent of %1 channels; it was given %2 x %3 x %4.</source>
        <translation>Der Decoder benötigt ein Latent mit %1 Kanälen; übergeben wurde %2 x %3 x %4.</translation>
    </message>
    <message>
        <source>The decoder failed: %1</source>
        <translation>Der Decoder ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation correlation</source>
        <translation>Validierungskorrelation</translation>
    </message>
    <message>
        <source>validation SRCC</source>
        <translation>Validierungs-SRCC</translation>
    </message>
    <message>
        <source>validation PLCC</source>
        <translation>Validierungs-PLCC</translation>
    </message>
    <message>
        <source>fold %1 SRCC</source>
        <translation>SRCC Teilmenge %1</translation>
    </message>
    <message>
        <source>training loss, fold %1</source>
        <translation>Trainingsverlust, Teilmenge %1</translation>
    </message>
    <message>
        <source>training loss, final fit on all labels</source>
        <translation>Trainingsverlust, abschließende Anpassung an alle Labels</translation>
    </message>
    <message>
        <source>Training: no epoch yet</source>
        <translation>Training: noch keine Epoche</translation>
    </message>
    <message>
        <source>Final fit on all labels: epoch %1 of %2</source>
        <translation>Abschließende Anpassung an alle Labels: Epoche %1 von %2</translation>
    </message>
    <message>
        <source>%1epoch %2 of at most %3, validation SRCC %4</source>
        <translation>%1Epoche %2 von höchstens %3, Validierungs-SRCC %4</translation>
    </message>
    <message>
        <source>Fold %1: </source>
        <translation>Teilmenge %1: </translation>
    </message>
</context>
<context>
    <name>VaeQa</name>
    <message>
        <source>%1 is not a VAE-QA head: its metadata names no model.</source>
        <translation>%1 ist kein VAE-QA-Kopf: Seine Metadaten nennen kein Modell.</translation>
    </message>
    <message>
        <source>%1 is a checkpoint of the model &apos;%2&apos;, not of VAE-QA.</source>
        <translation>%1 ist ein Checkpoint des Modells &apos;%2&apos;, nicht von VAE-QA.</translation>
    </message>
    <message>
        <source>%1 names an unknown encoder &apos;%2&apos; (known: %3).</source>
        <translation>%1 nennt einen unbekannten Encoder &apos;%2&apos; (bekannt: %3).</translation>
    </message>
    <message>
        <source>%1 has a malformed tap_channels entry &apos;%2&apos;.</source>
        <translation>%1 hat einen fehlerhaften tap_channels-Eintrag &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 describes %2 tapped layers; VAE-QA taps six.</source>
        <translation>%1 beschreibt %2 abgegriffene Ebenen; VAE-QA greift sechs ab.</translation>
    </message>
    <message>
        <source>%1 has a malformed &apos;%2&apos; value &apos;%3&apos;.</source>
        <translation>%1 hat für &apos;%2&apos; den fehlerhaften Wert &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>VAE-QA scores with 1 or 5 crops, not %1.</source>
        <translation>VAE-QA bewertet mit 1 oder 5 Ausschnitten, nicht mit %1.</translation>
    </message>
    <message>
        <source>%1 was trained on taps with other channel counts than the %2 encoder has.</source>
        <translation>%1 wurde mit Abgriffen trainiert, deren Kanalzahlen nicht zu denen des Encoders %2 passen.</translation>
    </message>
    <message>
        <source>Learned full-reference quality: six layers of a frozen generative encoder, fused by a small head</source>
        <translation>Gelernte referenzbasierte Qualität: sechs Ebenen eines eingefrorenen generativen Encoders, zusammengeführt durch einen kleinen Kopf</translation>
    </message>
    <message>
        <source>RGB in [0,1]; %1 encoder; mean over %2 deterministic %3x%3 crops</source>
        <translation>RGB in [0,1]; Encoder %1; Mittel über %2 deterministische Ausschnitte von %3x%3</translation>
    </message>
    <message>
        <source>VAE-QA needs images of at least %1x%1 pixels; these are %2x%3.</source>
        <translation>VAE-QA benötigt Bilder mit mindestens %1x%1 Pixeln; diese haben %2x%3.</translation>
    </message>
    <message>
        <source>the VAE-QA head</source>
        <translation>dem VAE-QA-Kopf</translation>
    </message>
</context>
<context>
    <name>VaeQaFeatureCache</name>
    <message>
        <source>%1 is not a VAE-QA feature cache (its metadata names no format)</source>
        <translation>%1 ist kein VAE-QA-Merkmalscache (seine Metadaten nennen kein Format)</translation>
    </message>
    <message>
        <source>%1 is not a VAE-QA feature cache (its metadata names the format &apos;%2&apos;)</source>
        <translation>%1 ist kein VAE-QA-Merkmalscache (seine Metadaten nennen das Format &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 is a feature cache of format version &apos;%2&apos;; this program reads version %3</source>
        <translation>%1 ist ein Merkmalscache der Formatversion &apos;%2&apos;; dieses Programm liest Version %3</translation>
    </message>
    <message>
        <source>%1 has a malformed entry &apos;%2&apos;</source>
        <translation>%1 hat einen fehlerhaften Eintrag &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>VaeQaFineTuner</name>
    <message>
        <source>Fine-tuning was cancelled while encoding; no head was written.</source>
        <translation>Das Feintuning wurde während der Kodierung abgebrochen; es wurde kein Kopf geschrieben.</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>missing file %1</source>
        <translation>Datei fehlt: %1</translation>
    </message>
    <message>
        <source>images of %1x%2 pixels are smaller than VAE-QA&apos;s minimum of %3x%3</source>
        <translation>Bilder mit %1x%2 Pixeln sind kleiner als das Minimum von VAE-QA (%3x%3)</translation>
    </message>
    <message>
        <source>%1 is a no-reference label file (image,mos); fine-tuning VAE-QA needs ref,dist,mos.</source>
        <translation>%1 ist eine Label-Datei ohne Referenz (image,mos); das Feintuning von VAE-QA braucht ref,dist,mos.</translation>
    </message>
    <message>
        <source>No output file for the fine-tuned head was given.</source>
        <translation>Es wurde keine Ausgabedatei für den feinabgestimmten Kopf angegeben.</translation>
    </message>
    <message>
        <source>Fine-tuning needs at least one epoch, two pairs per batch, a positive learning rate and a patience of at least one epoch.</source>
        <translation>Das Feintuning braucht mindestens eine Epoche, zwei Paare pro Batch, eine positive Lernrate und eine Geduld von mindestens einer Epoche.</translation>
    </message>
    <message>
        <source>%1 has no usable rows.</source>
        <translation>%1 enthält keine verwendbaren Zeilen.</translation>
    </message>
    <message>
        <source>Every row of %1 has the same MOS (%2): there is nothing to learn from a single value.</source>
        <translation>Alle Zeilen von %1 haben denselben MOS (%2): Aus einem einzigen Wert lässt sich nichts lernen.</translation>
    </message>
    <message>
        <source>MOS normalised to [0,1] from [%1, %2], flipped (lower was better): %2 -&gt; 0, %1 -&gt; 1.</source>
        <translation>MOS von [%1, %2] auf [0,1] normiert und umgekehrt (niedriger war besser): %2 -&gt; 0, %1 -&gt; 1.</translation>
    </message>
    <message>
        <source>MOS normalised to [0,1] from [%1, %2]: %1 -&gt; 0, %2 -&gt; 1.</source>
        <translation>MOS von [%1, %2] auf [0,1] normiert: %1 -&gt; 0, %2 -&gt; 1.</translation>
    </message>
    <message>
        <source>Splitting by content needs at least two reference images; %1 names only one. Give --val-labels instead.</source>
        <translation>Die Aufteilung nach Inhalt braucht mindestens zwei Referenzbilder; %1 nennt nur eines. Geben Sie stattdessen --val-labels an.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n Zeile übersprungen:</numerusform>
            <numerusform>%n Zeilen übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>After skipping unusable rows, %1 training and %2 validation pairs are left; fine-tuning needs at least 2 and 3.</source>
        <translation>Nach dem Überspringen unbrauchbarer Zeilen bleiben %1 Trainings- und %2 Validierungspaare; das Feintuning braucht mindestens 2 und 3.</translation>
    </message>
    <message>
        <source>Every usable training pair has the same MOS: there is nothing to learn from a single value.</source>
        <translation>Alle verwendbaren Trainingspaare haben denselben MOS: Aus einem einzigen Wert lässt sich nichts lernen.</translation>
    </message>
    <message>
        <source>The training side is small: %1 pairs of %2 reference images (fewer than %3 pairs or %4 references); the validation numbers say little.</source>
        <translation>Die Trainingsseite ist klein: %1 Paare aus %2 Referenzbildern (weniger als %3 Paare oder %4 Referenzen); die Validierungswerte sind wenig aussagekräftig.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>split: %1 training pairs (%2 references), %3 validation pairs (%4 references)</source>
        <translation>Aufteilung: %1 Trainingspaare (%2 Referenzen), %3 Validierungspaare (%4 Referenzen)</translation>
    </message>
    <message>
        <source>Fine-tuning was cancelled in epoch %1; no head was written.</source>
        <translation>Das Feintuning wurde in Epoche %1 abgebrochen; es wurde kein Kopf geschrieben.</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: no better validation SRCC for %2 epochs.</source>
        <translation>Nach Epoche %1 vorzeitig beendet: seit %2 Epochen keine bessere Validierungs-SRCC.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The feature cache %1 is not used: the encoder weights %2 cannot be read to identify them (%3).</source>
        <translation>Der Merkmalscache %1 wird nicht verwendet: Die Encoder-Gewichte %2 lassen sich zu ihrer Identifizierung nicht lesen (%3).</translation>
    </message>
    <message>
        <source>The feature cache cannot be used: %1. Every pair is encoded again and %2 is rewritten.</source>
        <translation>Der Merkmalscache kann nicht verwendet werden: %1. Alle Paare werden erneut kodiert und %2 wird neu geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the feature cache %1 had the wrong shape or non-finite values; those pairs were encoded again.</source>
        <translation>
            <numerusform>%n Eintrag des Merkmalscaches %1 hatte eine falsche Form oder nicht endliche Werte; das Paar wurde erneut kodiert.</numerusform>
            <numerusform>%n Einträge des Merkmalscaches %1 hatten eine falsche Form oder nicht endliche Werte; diese Paare wurden erneut kodiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feature cache %1 could not be written: %2</source>
        <translation>Der Merkmalscache %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Feature cache %1 written with %n new pair(s).</source>
        <translation>
            <numerusform>Merkmalscache %1 mit %n neuen Paar geschrieben.</numerusform>
            <numerusform>Merkmalscache %1 mit %n neuen Paaren geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold %1: %2</source>
        <translation>Teilmenge %1: %2</translation>
    </message>
    <message>
        <source>Fold %1 holds out only %2 pair(s); measuring it needs at least 3. Use fewer folds.</source>
        <translation>Teilmenge %1 hält nur %2 Paar(e) zurück; für eine Messung sind mindestens 3 nötig. Verwenden Sie weniger Teilmengen.</translation>
    </message>
    <message>
        <source>The pairs outside fold %1 do not have two different MOS values: there is nothing to learn. Use fewer folds.</source>
        <translation>Die Paare außerhalb von Teilmenge %1 haben keine zwei verschiedenen MOS-Werte: Es gibt nichts zu lernen. Verwenden Sie weniger Teilmengen.</translation>
    </message>
    <message>
        <source>Fold %1 of %2: %3 held-out pairs of %4 references, best epoch %5, SRCC %6 -&gt; %7</source>
        <translation>Teilmenge %1 von %2: %3 zurückgehaltene Paare aus %4 Referenzen, beste Epoche %5, SRCC %6 -&gt; %7</translation>
    </message>
    <message>
        <source>Final head: all %1 pairs for %2 epoch(s), the median of the folds&apos; best epochs (%3).</source>
        <translation>Endgültiger Kopf: alle %1 Paare für %2 Epoche(n), der Median der besten Epochen der Teilmengen (%3).</translation>
    </message>
    <message>
        <source>The number of folds must be 2 or more (0 or 1: a single split), not %1.</source>
        <translation>Die Anzahl der Teilmengen muss 2 oder mehr betragen (0 oder 1: eine einzige Aufteilung), nicht %1.</translation>
    </message>
    <message>
        <source>Cross-validation folds and validation labels exclude each other: with folds, every reference is held out once and validates the others&apos; heads. Give one of them.</source>
        <translation>Teilmengen der Kreuzvalidierung und Validierungs-Labels schließen einander aus: Mit Teilmengen wird jede Referenz einmal zurückgehalten und validiert die Köpfe der anderen. Geben Sie nur eines von beiden an.</translation>
    </message>
    <message>
        <source>%1 folds need at least %1 reference images, one per fold at least; %2 names %3. Use at most %3 folds.</source>
        <translation>%1 Teilmengen brauchen mindestens %1 Referenzbilder, mindestens eines pro Teilmenge; %2 nennt %3. Verwenden Sie höchstens %3 Teilmengen.</translation>
    </message>
    <message>
        <source>Features: %1 pair(s) from the cache %2, %3 encoded.</source>
        <translation>Merkmale: %1 Paar(e) aus dem Cache %2, %3 kodiert.</translation>
    </message>
    <message>
        <source>After skipping unusable rows, %1 reference images are left for %2 folds; use at most %1 folds.</source>
        <translation>Nach dem Überspringen unbrauchbarer Zeilen bleiben %1 Referenzbilder für %2 Teilmengen; verwenden Sie höchstens %1 Teilmengen.</translation>
    </message>
    <message>
        <source>cross-validation: %1 pairs of %2 references in %3 folds by reference</source>
        <translation>Kreuzvalidierung: %1 Paare aus %2 Referenzen in %3 Teilmengen nach Referenz</translation>
    </message>
</context>
<context>
    <name>VaeQaTrainer</name>
    <message>
        <source>%1 lacks the tensor %2; rebuild the training set.</source>
        <translation>In %1 fehlt der Tensor %2; erstellen Sie den Trainingsdatensatz neu.</translation>
    </message>
    <message>
        <source>The training set has no %1 images.</source>
        <translation>Der Trainingsdatensatz enthält keine %1-Bilder.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No output file for the trained head was given.</source>
        <translation>Für den trainierten Kopf wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>Training needs at least one epoch, one group per batch, two levels per group and a positive learning rate.</source>
        <translation>Das Training benötigt mindestens eine Epoche, eine Gruppe pro Batch, zwei Stufen pro Gruppe und eine positive Lernrate.</translation>
    </message>
    <message>
        <source>Training was cancelled after epoch %1; resume state is in %2, no head was written.</source>
        <translation>Das Training wurde nach Epoche %1 abgebrochen; der Zustand zum Fortsetzen liegt in %2, es wurde kein Kopf geschrieben.</translation>
    </message>
</context>
<context>
    <name>VaeQaTrainingSet</name>
    <message>
        <source>Could not encode %1 as PNG.</source>
        <translation>%1 konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The training set needs at least 3 images, 1 type per image and crops of 32 pixels or more.</source>
        <translation>Der Trainingsdatensatz benötigt mindestens 3 Bilder, 1 Typ pro Bild und Ausschnitte von mindestens 32 Pixeln.</translation>
    </message>
    <message>
        <source>%1 is a full-reference label file; pristine images come from an image,mos file.</source>
        <translation>%1 ist eine Label-Datei mit Referenz (ref,dist,mos); unverzerrte Ausgangsbilder stammen aus einer image,mos-Datei.</translation>
    </message>
    <message>
        <source>%1 has %2 &apos;%3&apos; images with a score of at least %4; the recipe asks for %5.</source>
        <translation>%1 hat %2 &apos;%3&apos;-Bilder mit einer Bewertung von mindestens %4; das Rezept verlangt %5.</translation>
    </message>
    <message>
        <source>Only %1 distortion types are left for training; the recipe asks for %2 per image.</source>
        <translation>Für das Training bleiben nur %1 Verzerrungstypen übrig; das Rezept verlangt %2 pro Bild.</translation>
    </message>
    <message>
        <source>Could not create the work folder %1.</source>
        <translation>Der Arbeitsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 holds a training set made with another recipe; choose a new work folder or delete it.</source>
        <translation>%1 enthält einen Trainingsdatensatz, der mit einem anderen Rezept erstellt wurde; wählen Sie einen neuen Arbeitsordner oder löschen Sie diesen.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cancelled while building the training set; finished images are kept.</source>
        <translation>Beim Erstellen des Trainingsdatensatzes abgebrochen; fertige Bilder bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 is %2x%3, smaller than the %4-pixel training crop.</source>
        <translation>%1 hat %2x%3 und ist damit kleiner als der Trainingsausschnitt von %4 Pixeln.</translation>
    </message>
</context>
<context>
    <name>VoteMethod</name>
    <message>
        <source>not a finite number</source>
        <translation>keine endliche Zahl</translation>
    </message>
    <message>
        <source>a pairwise vote is 0 or 1</source>
        <translation>ein Paarvergleichsurteil ist 0 oder 1</translation>
    </message>
    <message>
        <source>outside %1..%2 (%3)</source>
        <translation>außerhalb von %1..%2 (%3)</translation>
    </message>
</context>
<context>
    <name>VotesCsv</name>
    <message>
        <source>stimulus &apos;%1&apos;: more than two paths (expected IMAGE, REF|DIST or A|B)</source>
        <translation>stimulus &apos;%1&apos;: mehr als zwei Pfade (erwartet: IMAGE, REF|DIST oder A|B)</translation>
    </message>
    <message>
        <source>stimulus: empty path</source>
        <translation>stimulus: leerer Pfad</translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: empty path</source>
        <translation>stimulus &apos;%1&apos;: leerer Pfad</translation>
    </message>
    <message>
        <source>the file is empty; expected a header with at least rater,stimulus,method,value</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile mit mindestens rater,stimulus,method,value</translation>
    </message>
    <message>
        <source>line %1: the header has columns %2; a votes file needs at least rater,stimulus,method,value</source>
        <translation>Zeile %1: Die Kopfzeile hat die Spalten %2; eine Urteilsdatei benötigt mindestens rater,stimulus,method,value</translation>
    </message>
    <message>
        <source>rater: empty</source>
        <translation>rater: leer</translation>
    </message>
    <message>
        <source>method &apos;%1&apos;: not acr, dcr, slider or pairwise</source>
        <translation>method &apos;%1&apos;: nicht acr, dcr, slider oder pairwise</translation>
    </message>
    <message>
        <source>line %1: method %2, but line %3 has %4; a MOS needs votes on one scale, so split the file by method</source>
        <translation>Zeile %1: Methode %2, aber Zeile %3 hat %4; ein MOS benötigt Urteile auf einer einzigen Skala, teilen Sie die Datei daher nach Methode auf</translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: a pairwise vote needs two images A|B</source>
        <translation>stimulus &apos;%1&apos;: Ein Paarvergleichsurteil benötigt zwei Bilder A|B</translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: a dcr vote needs the reference, REF|DIST</source>
        <translation>stimulus &apos;%1&apos;: Ein DCR-Urteil benötigt das Referenzbild, REF|DIST</translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: both paths name the same file</source>
        <translation>stimulus &apos;%1&apos;: Beide Pfade verweisen auf dieselbe Datei</translation>
    </message>
    <message>
        <source>value &apos;%1&apos;: not a number</source>
        <translation>value &apos;%1&apos;: keine Zahl</translation>
    </message>
    <message>
        <source>value &apos;%1&apos;: %2</source>
        <translation>value &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: not a flag (use 1 or 0)</source>
        <translation>%1 &apos;%2&apos;: kein Flag (verwenden Sie 1 oder 0)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;: not a number</source>
        <translation>expected &apos;%1&apos;: keine Zahl</translation>
    </message>
    <message>
        <source>position &apos;%1&apos;: not a positive integer</source>
        <translation>position &apos;%1&apos;: keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>no votes after the header</source>
        <translation>keine Urteile nach der Kopfzeile</translation>
    </message>
    <message>
        <source>no usable vote; line %1: %2</source>
        <translation>kein verwendbares Urteil; Zeile %1: %2</translation>
    </message>
</context>
</TS>
