<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BatchPanel</name>
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
        <source>Open Distorted Image</source>
        <translation>Verzerrtes Bild öffnen</translation>
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
        <source>Scoring…</source>
        <translation>Qualitätswerte werden berechnet…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Scores of the distorted image against the reference:</source>
        <translation>Qualitätswerte des verzerrten Bildes im Vergleich zum Referenzbild:</translation>
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
