<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchPanel</name>
    <message>
        <source>Label file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder vs. reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label CSV (ref,dist,mos or image,mos), or a folder whose images are scored against the current reference image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels are DMOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower label = better quality; labels are flipped before correlating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score Label File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score Folder Against the Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 / %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n item(s) with %1…</source>
        <translation>
            <numerusform>Scoring %n item with %1…</numerusform>
            <numerusform>Scoring %n items with %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a label file or a folder of images with every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1 of %2 items in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems, listed with the reason.</source>
        <translation>
            <numerusform>%n row with problems, listed with the reason.</numerusform>
            <numerusform>%n rows with problems, listed with the reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SRCC %2, PLCC %3 (n = %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no correlation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted 4-parameter logistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted line (logistic fit failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMOS (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scores as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scores as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchScoring</name>
    <message>
        <source>Folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1 holds no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeAfterPlots</name>
    <message>
        <source>fine-tuned model&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start model&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: no run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: no run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: the fine-tuned model
%1 of the votes agree (out of fold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: the start model
%1 of the votes agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: the start model has no head to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: the fine-tuned model
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: the start model
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassicMetrics</name>
    <message>
        <source>The reference image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distorted image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference image is not 8- or 16-bit RGB (OpenCV type %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distorted image is not 8- or 16-bit RGB (OpenCV type %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference image is marked as %1-bit but holds %2-bit pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distorted image is marked as %1-bit but holds %2-bit pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs images of the same size: the reference is %2 px, the distorted image %3 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs images of at least %2 px on the short side; these are %3 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in OpenCV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassicModels</name>
    <message>
        <source>luma (ITU-R BT.601), 0-255 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak signal-to-noise ratio over RGB; infinite for identical images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB, peak 255 (65535 for 16-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural similarity, Gaussian window 11x11, sigma 1.5 (Wang et al. 2004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-scale SSIM, 5 scales (Wang et al. 2003)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient magnitude similarity deviation (Xue et al. 2014); 0 for identical images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Colour &amp;map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viridis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptually ordered colour maps: magma and viridis (matplotlib, CC0), turbo (Google, Apache-2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (0 to largest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed (0–255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto stretches the colours over 0 to the largest difference of this pair; fixed keeps 0–255 so that pairs can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute difference (0–255), mean over RGB; colours span 0–%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe: reference left of the line, distorted right (drag the line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe needs a reference and a distorted image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flicker: showing the REFERENCE %1 (Space switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flicker: showing the DISTORTED %1 (Space switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference image is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No distorted image is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute difference |reference − distorted|, mean over RGB · %1, %2 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the difference…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Correlation</name>
    <message>
        <source>There are %1 predictions but %2 opinion scores; they must pair up one to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction at index %1 is not a finite number (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion score at index %1 is not a finite number (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 3 pairs are needed for correlations; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correlation is defined: all predictions are equal (%1) and all opinion scores are equal (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correlation is defined: all predictions are equal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correlation is defined: all opinion scores are equal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4-parameter logistic needs at least %1 pairs (there are %2); PLCC and RMSE use a straight-line fit instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4-parameter logistic fit did not converge; PLCC and RMSE use a straight-line fit instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossIqa</name>
    <message>
        <source>Cross-IQA heatmaps are limited to %1 megapixels; this image has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA needs at least one tile, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a pre-trained Cross-IQA transformer whose quality head has not been fitted yet: run iqa train --model cross-iqa --stage head on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned no-reference quality: a transformer pre-trained without labels by cross reconstruction, with a linear head on its class token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB in [0,1]; the centre %1x%1 tile at the image&apos;s own resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB in [0,1]; class token averaged over up to %1x%1 tiles of %2x%2 pixels at the image&apos;s own resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA needs images of at least %1x%1 pixels; this one is %2x%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cross-IQA checkpoint (its metadata names no model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a checkpoint of %2, not of Cross-IQA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cross-IQA checkpoint %1 has no valid &apos;%2&apos; in its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cross-IQA checkpoint %1 describes an impossible transformer (image %2 / patch %3, width %4 / heads %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Cross-IQA transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cross-IQA checkpoint %1 has an unknown decoder conditioning &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossIqaBlockFineTuner</name>
    <message>
        <source>The Cross-IQA encoder does not have the parts the fine-tuner expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning was cancelled while encoding; no checkpoint was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has full-reference labels (ref,dist,mos); fine-tuning Cross-IQA needs image,mos labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows of split &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting into training and validation images needs at least two images; %1 names only one. Give validation labels instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No output file for the fine-tuned checkpoint was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one transformer block must be trained, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning needs at least one epoch, two images per batch, a positive learning rate, a patience of at least one epoch and a weight decay of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation share must lie between 0 and 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA needs at least one tile, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Cross-IQA transformer has %1 blocks; between 1 and %1 of them can be trained, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of %1 has the same MOS (%2): there is nothing to learn from a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS normalised to [0,1] from [%1, %2], flipped (lower was better): %2 -&gt; 0, %1 -&gt; 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS normalised to [0,1] from [%1, %2]: %1 -&gt; 0, %2 -&gt; 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>After skipping unusable rows, %1 training and %2 validation images are left; fine-tuning needs at least 2 and 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every usable training image has the same MOS: there is nothing to learn from a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training side is small: %1 images (fewer than %2); the validation numbers say little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>split: %1 training images (%2 tiles), %3 validation images (%4 tiles); training the last %n block(s)</source>
        <translation>
            <numerusform>split: %1 training images (%2 tiles), %3 validation images (%4 tiles); training the last %n block</numerusform>
            <numerusform>split: %1 training images (%2 tiles), %3 validation images (%4 tiles); training the last %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning was cancelled in epoch %1; no checkpoint was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: no better validation SRCC for %2 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No epoch beat the start checkpoint&apos;s validation SRCC; the start weights are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossIqaHeadTrainer</name>
    <message>
        <source>No output checkpoint was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation needs at least 2 folds, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has full-reference labels (ref,dist,mos); the Cross-IQA head needs image,mos labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows of split &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, first: %1</source>
        <translation>
            <numerusform>%n row skipped, first: %1</numerusform>
            <numerusform>%n rows skipped, first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 labelled images could be used; %2-fold cross-validation needs at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every label is %1: a quality scale cannot be learned from one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 labelled images: the cross-validated agreement below is a rough indication at best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered views must be 0 or more and their weight above 0, not %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity view cannot be ordered below its image; name real degradations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding %1 degraded view(s) of each image for the ordering constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2 degraded views scored below their image (out of fold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the degradations named for the ordered views is in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossIqaHeatmapSource</name>
    <message>
        <source>Cross-IQA&apos;s maps are computed when one of them is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cross-IQA maps for images over %1 megapixels in the workbench: this one has %2, and its maps would keep the model worker busy for minutes. Downscale it, or use iqa heatmap --model cross-iqa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the Cross-IQA maps of the distorted image…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossIqaPairwiseHead</name>
    <message>
        <source>%1 is a %2 study, not a pairwise one: fit the head to its MOS instead (iqa mos --votes, then --labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 votes, not pairwise ones: fit the head to their MOS instead (iqa mos --votes, then --labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1, position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output checkpoint was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation needs at least 2 folds, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: both sides are the same image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pairwise votes to learn from (%2 training or gold trials left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every vote in %1 compares the same two images: a quality scale cannot be learned from one pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) left out: %1</source>
        <translation>
            <numerusform>%n vote left out: %1</numerusform>
            <numerusform>%n votes left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), first: %1</source>
        <translation>
            <numerusform>%n problem, first: %1</numerusform>
            <numerusform>%n problems, first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No vote of %1 is left: the images it compares could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every readable vote in %1 compares the same two images: a quality scale cannot be learned from one pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 distinct pairs of images were compared; %2-fold cross-validation holds out whole pairs and needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 votes: the held-out agreement below is a rough indication at best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossIqaPretrainer</name>
    <message>
        <source>Could not encode the reconstruction preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the reconstruction preview %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a full-reference label file (ref,dist,...); pre-training reads image,... files or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images of split &apos;%1&apos; found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output checkpoint was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, batch size and checkpoint interval must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume state %1 is damaged (no step); delete the folder to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) skipped, first: %1</source>
        <translation>
            <numerusform>%n image skipped, first: %1</numerusform>
            <numerusform>%n images skipped, first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-training needs at least two usable images at least %1 x %1 pixels; found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume state in %1 cannot be read (%2); delete the folder to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming at step %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the optimiser state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss became %1 at step %2; lower --lr and resume from the last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while reading the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 pixels, smaller than the %4 x %4 view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start checkpoint&apos;s decoder reads q as a token only; its modulation by q, its variance output and the degradation probe are added, starting at zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spectrum distance needs two square float RGB images of one size, a multiple of %1 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spectrum weight must be a finite number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of hidden content tokens must be from 0 up to, not including, 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same-photo weight must be a finite number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiding content tokens and the same-photo term need the conditioned decoder: ask for it, or start from a checkpoint that has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field starts here but is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: not UTF-8 text (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: column &apos;%2&apos; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of %2: wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Degradations</name>
    <message>
        <source>Colour cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desaturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightening (gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darkening (gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vignetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defocus (disk) blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chroma subsampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poisson (shot) noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salt-and-pepper noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG 2000 compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixelation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantisation (posterisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-sharpening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromatic aberration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OpenCV build has no %1 encoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 round trip failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown degradation &apos;%1&apos;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot degrade an empty image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degradations need an 8-bit RGB image (CV_8UC3), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1x%2 pixels; degradations need at least %3x%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degradation level %1 is out of range; levels are 0 (none) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown degradation type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degradation %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reduced to 8 bits for degradation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degradation: none (identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degradation: %1 level %2 (%3), seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab a*b* shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chroma x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrast x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gamma %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corner gain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigma %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk radius %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chroma at 1/%1 resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigma %1 on 0..255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photons at white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression %1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 levels per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsharp amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corner shift %1% of half-diagonal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation>
            <numerusform>CPU (%n thread)</numerusform>
            <numerusform>CPU (%n threads)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CUDA (%n device(s))</source>
        <translation>
            <numerusform>CUDA (%n device)</numerusform>
            <numerusform>CUDA (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — CUDA requested but not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferenceMap</name>
    <message>
        <source>Open a reference and a distorted image to see their difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images differ in size (%1 x %2 and %3 x %4): no pixel-wise difference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureEncoder</name>
    <message>
        <source>Unknown encoder &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights file %1 for the %2 encoder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the %1 encoder from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 encoder failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder was given an empty image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder needs RGB as 32-bit float with three channels in [0,1] (CV_32FC3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 was requested, but CUDA is not available in this build or on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported device %1 (use cpu or cuda:N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device &quot;%1&quot; (use cpu or cuda:N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file %1 does not fit %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and 1 more problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FineTuneLabels</name>
    <message>
        <source>The study %1 has no votes yet, so there is no MOS to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 labelled items of %2 contents: the held-out part would hold %3, too few for any correlation. Add labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small set: %1 labelled items of %2 contents, about %3 held out. On so few, an SRCC of 0.50 could be anywhere from %4 to %5 (95 %), so small gains mean little.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FineTunePlots</name>
    <message>
        <source>MOS, normalised to 0..1 from %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (flipped: higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-fold cross-validation, each of the %2 items predicted by a model that did not train on its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items of %2 held-out contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRCC %1  PLCC %2
KRCC %3  RMSE %4 (n = %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRCC %1  PLCC %2  KRCC %3  RMSE %4 (n = %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FineTuneWindow</name>
    <message>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. The run waits at its next step until you resume or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune models — IQA Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label CSV (ref,dist,mos or image,mos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating study (its MOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better (MOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better (DMOS), flipped before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA head (encoder frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA: linear head, optionally the last blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the compar&amp;isons directly (pairwise studies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradient-train the last blocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the linear head only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA: also train the last transformer blocks (with the final norm and the head) by gradient descent; the front blocks stay frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains Cross-IQA&apos;s head on the votes themselves (Bradley-Terry comparison loss) instead of on the MOS scaled from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split (by content: all versions of a reference stay on one side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held-out share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-&amp;validation folds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient training (VAE-QA&apos;s head, Cross-IQA&apos;s blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss f&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE to the normalised MOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank-aware: MSE + pairwise ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earl&amp;y stop after no better SRCC for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the encoded features for later runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second run on the same images (another loss, seed or epoch count) then starts training at once; the cache grows by about a megabyte per pair and crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. studio-blur-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distortion type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRCC before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRCC after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the run: normalisation, skipped rows, warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as &amp;active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rating study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating studies (*.iqastudy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose labels: a label CSV, or a rating study whose votes give a MOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n reference(s)</source>
        <translation>
            <numerusform>of %n reference</numerusform>
            <numerusform>of %n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>, MOS %1 to %2 (%3 distinct values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n bad row(s) skipped</source>
        <translation>
            <numerusform>; %n bad row skipped</numerusform>
            <numerusform>; %n bad rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>; distortion types known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA trains on the MOS normalised to 0..1 by this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA fits the MOS as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (one split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA is full reference: it needs ref,dist,mos labels; these are image,mos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA is no-reference: it needs image,mos labels; these are ref,dist,mos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every label has the same value: there is nothing to learn an ordering from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA&apos;s head is one ridge fit: no epochs to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores with the default model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores with &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the active model; the workbench scores with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: the workbench scores with the default model again. Saved checkpoints are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQA Studio fine-tuning window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose labels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the checkpoint with letters, digits, spaces, dots, dashes or underscores (up to 80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint named %1 exists already; choose another name (saved checkpoints are never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the labels and loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing features once: %1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fold %1, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final fit on all labels: epoch %1 of %2; about %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1epoch %2 of at most %3, validation SRCC %4; at most %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Held-out vote agreement %3 → %4. Use it with &quot;Use as active model&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Held-out SRCC %3 → %4. Use it with &quot;Use as active model&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n vote(s).</source>
        <translation>
            <numerusform>Fitted to %n vote.</numerusform>
            <numerusform>Fitted to %n votes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) compared; %1-fold by pair of images.</source>
        <translation>
            <numerusform>%n image compared; %1-fold by pair of images.</numerusform>
            <numerusform>%n images compared; %1-fold by pair of images.</numerusform>
        </translation>
    </message>
    <message>
        <source>vote agreement before %1, after %2 (out of fold); the votes&apos; own consistency allows at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on %1 items; held out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved; the active model is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Degraded views kept below each image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the labels alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA&apos;s head: this many copies of each image, degraded heavily by random types of the degradation bank, must score below it (the shipped head used 2). Off when your raters may prefer what the bank calls a degradation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapControls</name>
    <message>
        <source>H&amp;eatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colou&amp;rs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viridis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA feature distance (cosine, 0 = same) · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps are ready: tick “Heatmap” to see where VAE-QA finds the images different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay where VAE-QA&apos;s encoder sees the distorted image differ from the reference, or where Cross-IQA looks in the distorted image and what it thinks of each part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA: layer 0 is the shallowest (fine detail, sharp maps), layer 5 the deepest (structure, blurrier maps); the combined map is their mean.
Cross-IQA (distorted image alone): its head applied to each patch, and where its class token looks, per block and rolled out through all blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA (distorted against reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA (distorted image alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA patch quality (score units, higher is better; ranks regions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA&apos;s quality head applied to each patch of the distorted image instead of its class token. The head was fitted on class tokens, so the map ranks regions against each other; its level is not a score of the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 = an even share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of its attention Cross-IQA&apos;s class token, which carries the quality, gives each patch of the distorted image: 1 is an even share, 4 four times it. The rollout follows the attention through every block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA&apos;s maps are ready: tick “Heatmap” to see them over the distorted image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This Cross-IQA checkpoint has %n block(s): choose one of them.</source>
        <translation>
            <numerusform>This Cross-IQA checkpoint has %n block: choose one of them.</numerusform>
            <numerusform>This Cross-IQA checkpoint has %n blocks: choose one of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapOverlay</name>
    <message>
        <source>Combined (mean of the %1 layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: %2, stride %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA patch quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA attention rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-IQA attention, block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score units, higher is better; ranks regions, not a score of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class-token attention, 1 = an even share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine distance, 0 = same features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapSource</name>
    <message>
        <source>No heatmaps for images over %1 megapixels: this pair has %2 and would need about %3 GB of memory. Downscale it to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the VAE-QA heatmaps…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageListPanel</name>
    <message>
        <source>&amp;Add Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add distorted candidates to compare with the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a candidate to compare it with the reference; right-click to set the reference. Drop image files here (the first becomes the reference when there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>signed 8-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed 16-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-bit floating-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit floating-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit floating-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flipped upside down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirrored and rotated 90° anticlockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirrored and rotated 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated 90° anticlockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orientation tag %1 applied (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to read (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels (%4 MP), above the limit of %5 MP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 data, which is not a supported image format (IQA Studio reads %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to decode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: the %2 data ends before its end marker, so the file was probably not copied or downloaded completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt: its %2 data cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt or not really a %2 file: its content is not %2 data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a supported image format (IQA Studio reads %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores %2 samples, but IQA Studio reads 8- and 16-bit images only. Convert it to a 16-bit PNG or TIFF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 channels, but IQA Studio reads grey, grey+alpha, RGB and RGBA images only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha channel dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageOps</name>
    <message>
        <source>resampled from %1 x %2 to %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IqaHeatmap</name>
    <message>
        <source>Heatmaps need two images; the reference image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps need two images; the distorted image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps need images of at least %1 x %1 pixels; these are %2 x %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 encoder returned %2 feature maps instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 encoder&apos;s layer %2 has %3 x %4 cells at stride %5, too few to cover a %6 x %7 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 encoder failed while computing heatmaps: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelCsv</name>
    <message>
        <source>the file is empty; expected a header ref,dist,mos (full reference) or image,mos (no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header has columns %2; expected ref,dist,mos (full reference) or image,mos (no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mos &apos;%1&apos;: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mos &apos;%1&apos;: not finite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelEvaluation</name>
    <message>
        <source>%1 is a full-reference model but %2 has no ref,dist columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a no-reference model but %2 has no image column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score is not finite (%1); identical images?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IQA Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Distorted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IQA Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scores Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a reference image here or press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a distorted image here or press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Distorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.ppm *.pgm *.pnm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Reference Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2, %3-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a reference and a distorted image to score them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images differ in size (%1 x %2 and %3 x %4): full-reference scores need equal sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IQA Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;IQA Studio %1&lt;/h3&gt;&lt;p&gt;Compare images, score them with classic and learned quality models, collect human opinion scores and fine-tune the models on them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference and distorted image next to each other (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One view: reference left of a draggable line, distorted right (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;licker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One view: Space switches between reference and distorted (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute difference through a colour map, with a colour bar (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Reference/Distorted (Flicker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &amp;Label File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every row of a label CSV and correlate with its MOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &amp;Folder Against Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every image of a folder against the current reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins&amp;pector Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lots Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Distorted Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a distorted image to see Cross-IQA&apos;s maps of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fine-Tune Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train VAE-QA or Cross-IQA on your own labels and compare before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine-tuning run is still in progress. Quitting cancels it and nothing of it is saved. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <source>models folder setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights file %1 not found. Looked in: %2. Run scripts/fetch-models or set IQA_STUDIO_MODELS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>Unknown model &apos;%1&apos;. Known models: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model given. Known models: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelWorker</name>
    <message>
        <source>%1 is a no-reference model but the batch has reference images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a full-reference model but the batch has no reference images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full-reference model is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No no-reference model is available yet; choose a reference image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heatmaps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cross-IQA maps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cross-IQA maps: the cross-iqa model is not a Cross-IQA network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MosAggregator</name>
    <message>
        <source>line %1: method %2 in a set of %3 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold trials: %1 of %2 answered correctly (%3), below the minimum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated trials: %1 of %2 answered differently the second time (%3), above the maximum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated trials: mean difference %1 over %2 repeats, above the maximum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BT.500 screening is defined for rating scales, not for pairwise comparisons; only gold and repeat checks were applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU-R BT.500 screening: %1 of %2 scores outside the mean +/- 2 (or sqrt(20)) standard deviations, %3 above and %4 below: (P+Q)/J = %5 &gt; 0.05 and |P-Q|/(P+Q) = %6 &lt; 0.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 is %2 standard deviations from the stimulus mean %3 (limit %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MosReport</name>
    <message>
        <source>%1: the votes mix single images and REF|DIST pairs; a label CSV holds one layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no stimulus has a MOS to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PixelInspector</name>
    <message>
        <source>Pixel under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distorted (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|ref − dist| (0–255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distorted mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distorted std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the 0–255 scale; the standard deviation divides by the pixel count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the pointer over an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2 (image pixels, from the top left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag on any view to measure a region; Esc clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring %1 x %2 px at (%3, %4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 px (%3 pixels) at x %4, y %5; values on the 0–255 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE %1 · PSNR %2 dB · mean |ref − dist| %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap: none for this pair yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap: %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a no-reference model: give it single images, not a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a full-reference model: it needs a reference image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image sizes differ: reference %1 is %2 x %3, distorted %4 is %5 x %6 (resample explicitly, e.g. iqa --resize-dist)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very annoying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annoying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slightly annoying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptible but not annoying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imperceptible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingSession</name>
    <message>
        <source>Rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating study: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experimenter fills in this page with the rater. Only the rater id is required; the rest is recorded with the session for the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rater id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; the same id resumes an unfinished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected to normal (glasses, lenses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour vision deficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model, peak luminance, calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iewing conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing distance, room lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stimulus files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stimulus files could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stimulus file(s) checked: all present and unchanged.</source>
        <translation>
            <numerusform>%n stimulus file checked: all present and unchanged.</numerusform>
            <numerusform>%n stimulus files checked: all present and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stimulus file(s) moved or changed since the study was created. The session cannot start until they are restored:</source>
        <translation>
            <numerusform>%n stimulus file moved or changed since the study was created. The session cannot start until they are restored:</numerusform>
            <numerusform>%n stimulus files moved or changed since the study was created. The session cannot start until they are restored:</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the rater id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stimulus files are still being checked; start again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session cannot start while stimulus files are missing or changed (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has already completed %n session(s) of this study. Press Start again to begin another one.</source>
        <translation>
            <numerusform>%1 has already completed %n session of this study. Press Start again to begin another one.</numerusform>
            <numerusform>%1 has already completed %n sessions of this study. Press Start again to begin another one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate the quality of each image with the keys 1 (bad) to 5 (excellent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each test image is shown next to its reference. Rate how much the differences annoy you, with the keys 1 (very annoying) to 5 (imperceptible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the quality of each image on the slider: move it with the left and right arrow keys (with Shift in steps of 10) and confirm with Enter or Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two images are shown side by side. Choose the better one: left arrow or 1 for the left image, right arrow or 2 for the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys 1 to 5 vote  ·  Esc pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → move (Shift: by 10)  ·  Enter or Space confirms  ·  Esc pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← or 1: left is better  ·  → or 2: right is better  ·  Esc pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have rated %1 of %2 items; the session continues with item %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This session has %n item(s) to rate.</source>
        <translation>
            <numerusform>This session has %n item to rate.</numerusform>
            <numerusform>This session has %n items to rate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice items at the start, which do not count: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each image disappears after %1 s; you can still vote after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is a short break after every %n item(s).</source>
        <translation>
            <numerusform>There is a short break after every %n item.</numerusform>
            <numerusform>There is a short break after every %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Space to continue. Esc pauses at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to begin. Esc pauses at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items done. Rest your eyes for a moment.

Press Space to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice  ·  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot be shown. Press Esc and tell the experimenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was answered in another window; that vote stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote Not Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The vote was not stored. Vote again; if this keeps happening, press Esc and tell the experimenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every vote so far is saved.

Space: continue  ·  Esc: stop for now.
The session continues where it stopped when the same rater id starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n item(s) rated and saved.

Press Enter to close this window.</source>
        <translation>
            <numerusform>Done: %n item rated and saved.

Press Enter to close this window.</numerusform>
            <numerusform>Done: %n items rated and saved.

Press Enter to close this window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Study File Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Every vote cast so far is saved. The session is paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingStimulusView</name>
    <message>
        <source>shown at %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shown at %2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionStatistics</name>
    <message>
        <source>Region statistics need both images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region statistics need images of equal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region lies outside the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeTensors</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file has only %1 bytes; a safetensors file starts with an 8-byte header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map the file into memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header length %1 is larger than the %2 bytes that follow it (not a safetensors file, or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header length %1 exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header is not valid JSON: %1 at byte %2 of the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__metadata__ is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__metadata__ entry &apos;%1&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no dtype string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no shape array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a negative dimension in shape %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; dimensions must be non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; needs data_offsets [begin, end] of two non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has offsets %2..%3 that end before they begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has offsets %2..%3 but the data section holds only %4 bytes (file truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 2^63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has offsets %2..%3 but shape %4 × %5 needs %6 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors &apos;%1&apos; (offsets %2..%3) and &apos;%4&apos; (offsets %5..%6) overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tensor named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has dtype %3; only F32, F16, BF16 and F64 convert to float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tensor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; was already added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape %2 × %3 needs %4 bytes, got %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has an invalid shape %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Model %1 · %2 · preprocessing: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · weights SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a reference and a distorted image to score them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores of the distorted image against the reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring… learned models take a few seconds on a CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weights %2…, crops: %3, device %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: classic formulas, no weights, CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n tile(s) of %1 px</source>
        <translation>
            <numerusform> · %n tile of %1 px</numerusform>
            <numerusform> · %n tiles of %1 px</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · distorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference: the reference image scored on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference: the distorted image scored on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full reference: distorted against reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These models compare the distorted image with the reference pixel by pixel or feature by feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference: each image alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These models judge one image without seeing the other: the reference gets a score of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores of the pair, and of each image alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distorted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no reference): checkpoint %2…, crops: %3, device %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no reference): checkpoint %2…, tiles of %3 px: %4 (crops setting %5), device %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-reference scores of each image alone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePlots</name>
    <message>
        <source>Model for the candidate and history &amp;charts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (shallow → deep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One model&apos;s score for every candidate of the image list; the current one in orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One model&apos;s score for each pair shown in this session, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of each VAE-QA heatmap: where in the encoder, shallow to deep, the images differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs shown, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance per layer: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance per layer (VAE-QA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates (%1 of %2 scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session (pairs shown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default search path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: the centre (faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5: centre and corners (steadier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned models score the mean over these crops, each of the size they were trained on; cached scores are kept per setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-time crops:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag with the left mouse button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a file on the reference or distorted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan (all views follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a region (Inspector panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag on any view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the swipe line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the line in swipe mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel values (Inspector panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the pointer over any view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidates (Images panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare another candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click it in the Images panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click an image in the Images panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap value (Inspector panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Heatmap below the images, move the pointer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StableDiffusionEncoder</name>
    <message>
        <source>diffusers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diffusers (legacy attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latent-diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file %1 is not a Stable-Diffusion AutoencoderKL: it has no tensor &apos;encoder.conv_in.weight&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file %1 has neither diffusers names (tensor &apos;%2&apos;) nor latent-diffusion names (tensor &apos;%3&apos;) for the SD-KL encoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file %1 does not fit the SD-KL encoder: tensor &apos;%2&apos; has shape %3; its output width must be a multiple of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file %1 does not fit the SD-KL encoder: tensor &apos;%2&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file %1 does not fit the SD-KL encoder: tensor &apos;%2&apos; has shape %3; expected an even number of outputs (mean and log-variance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sd-kl-f8 encoder (%1 names, base width %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base width of an SD-KL encoder must be a positive multiple of %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SD-KL encoder needs at least one latent channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a random SD-KL encoder to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyMenu</name>
    <message>
        <source>&amp;Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a rating study from a folder, a list file or a label CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or resume a rater&apos;s session, full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS, confidence intervals, rater screening, charts, export and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rating Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study files (*.iqas);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPresentation</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a presentation settings file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPresentationFields</name>
    <message>
        <source>Brea&amp;k every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is hidden after this time; the rater can still vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyResultsView</name>
    <message>
        <source>Study Results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU-R BT.500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater rejection by the BT.500 beta-2 (kurtosis) test, after the gold and repeat checks; not defined for pairwise comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlier z:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop single scores further than this many standard deviations from their stimulus mean (0 = off; see docs/studies.md before using it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold &amp;minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters with a smaller share of correct gold answers are excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold &amp;tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gold answer within ± this of the expected one is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters whose repeated answers differ more than this on average are excluded (pairwise: the share of repeats answered differently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bootstrap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resamples for the pairwise scale&apos;s intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the votes again (a session may be rating right now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimuli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS with 95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Votes CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per vote with all its context; iqa mos and iqa study import read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export MOS &amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label CSV after screening, for iqa eval and fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study, its sessions and votes, and these results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a votes CSV, e.g. the export of a copy of this study rated elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters: %1, excluded: %2. Votes: %3 (%4 used, %5 training, %6 gold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (BT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimulus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimuli rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BT.500 P/Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores %1 on average against the MOS (kept: screening does not catch a steady offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, ordered by scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimuli, ordered by MOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bradley-Terry scale (log strength)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS (%1 … %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MOS yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% bootstrap interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias: mean of score − MOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater bias is defined for rating scales, not for pairwise comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No raters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the vote was cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes (cumulative, per rater)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes with a time yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes yet, so no MOS to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export MOS Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Study as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stimuli without a MOS, left out: %1; every rater of them was excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 votes (%2 already present, %3 new sessions, %4 new raters, %5 rows skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;caling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bradley-Terry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thurstone Case V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the pairwise preferences become a scale: Bradley-Terry (logistic; unit: logit) or Thurstone Case V (normal; unit: standard deviation of the difference of two stimuli&apos;s qualities). Both rank alike; Bradley-Terry values come out about 1.7 times larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (Thurstone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thurstone Case V scale (SD of a difference of two stimuli)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudySources</name>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCR shows a reference with each image: choose a list file (REF|DIST lines) or a label CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a header stimulus,%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: expected a header stimulus,%3 (found %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3 &apos;%4&apos;: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test items (a pairwise study needs at least two images)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyStore</name>
    <message>
        <source>%1: no such study file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an IQA Studio study (not an SQLite database); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged or not a database (%2); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not an IQA Studio study; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer IQA Studio (study format %2; this version reads up to %3); open it with that version; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged study file (no format version); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged study file (%2); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: study format %2 needs an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot keep a backup before upgrading (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch to the WAL journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no study record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a study is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an item has no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs two images per item (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 names the same image twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 is listed twice as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gold item %2 has no expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gold item %2: expected answer %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the study has no test items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 repeats per session, but there are %3 test items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stimulus %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read stimulus %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create (another file took the name?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read stimuli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (moved, renamed or deleted since the study was created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed since the study was created (SHA-256 %2, recorded %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rater has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schedule of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the vote for position %1 of session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that position already has a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session has no such position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method %1: the study uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: not a %2 item of this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 belongs to another rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 position %2 already has a different vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 position %2 is scheduled for another item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyWizard</name>
    <message>
        <source>Training Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List files (*.txt *.lst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Rating Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimuli and method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the raters see and how they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training, gold and repeated items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice trials, trials with a known answer that check the rater, and test items shown twice to check consistency. All optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order, breaks and how long each image is shown. The rating window lets you change breaks and time before each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file holds the study, its sessions and every vote. Stimulus files are hashed now, so a moved or changed file is noticed before anyone rates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stimuli from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List file (IMAGE, REF|DIST or A|B per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label CSV (ref,dist,mos or image,mos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder whose images are rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List file, paths relative to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label CSV, paths relative to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR: absolute category rating, 5 points (bad … excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCR: degradation category rating with the reference shown, 5 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous slider, 0 … 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise comparison: which of two images is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List file of practice stimuli, shown first, never scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gold items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with columns stimulus,expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold to&amp;lerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gold answer within ± this of the expected one counts as correct; raters below 80% correct are excluded in the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeated items per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test items shown a second time in each session, to check each rater&apos;s consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: a random order per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a seed, each rater&apos;s order follows from it and the rater&apos;s name, so the study can be run again in the same orders. Every session stores its own seed either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file, e.g. study.iqas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image at a time (for REF|DIST items the distorted one); keys 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference and distorted image side by side; the impairment is rated with keys 1 (very annoying) to 5 (imperceptible). Needs REF|DIST items: a list or label file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image at a time; a slider from 0 to 100 moved with the arrow keys, confirmed with Enter or Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two images side by side, sides drawn at random; the rater picks the better one with the left/right arrow keys. Every pair of the images is compared (from a label file: the distorted images that share a reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Study File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study files (*.iqas);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of images to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file that lists the stimuli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold item %1: expected answer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test items: %1, training items: %2, gold items: %3, repeats per session: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test items: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats per session (%1) cannot exceed the number of test items (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the study file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the stimulus files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation Settings Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study was created, but its presentation settings could not be saved:
%1

Set breaks and presentation time in the rating window before each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TinyAutoEncoder</name>
    <message>
        <source>the %1 encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decoder &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights file %1 for the %2 decoder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the %1 decoder from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoder needs a latent of %1 channels; it was given %2 x %3 x %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoder failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation SRCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation PLCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fold %1 SRCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss, fold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss, final fit on all labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: no epoch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final fit on all labels: epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1epoch %2 of at most %3, validation SRCC %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaeQa</name>
    <message>
        <source>%1 is not a VAE-QA head: its metadata names no model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a checkpoint of the model &apos;%2&apos;, not of VAE-QA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an unknown encoder &apos;%2&apos; (known: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a malformed tap_channels entry &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 describes %2 tapped layers; VAE-QA taps six.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a malformed &apos;%2&apos; value &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA scores with 1 or 5 crops, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was trained on taps with other channel counts than the %2 encoder has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned full-reference quality: six layers of a frozen generative encoder, fused by a small head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB in [0,1]; %1 encoder; mean over %2 deterministic %3x%3 crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE-QA needs images of at least %1x%1 pixels; these are %2x%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAE-QA head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaeQaFeatureCache</name>
    <message>
        <source>%1 is not a VAE-QA feature cache (its metadata names no format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a VAE-QA feature cache (its metadata names the format &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a feature cache of format version &apos;%2&apos;; this program reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a malformed entry &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaeQaFineTuner</name>
    <message>
        <source>Fine-tuning was cancelled while encoding; no head was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images of %1x%2 pixels are smaller than VAE-QA&apos;s minimum of %3x%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a no-reference label file (image,mos); fine-tuning VAE-QA needs ref,dist,mos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file for the fine-tuned head was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning needs at least one epoch, two pairs per batch, a positive learning rate and a patience of at least one epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of %1 has the same MOS (%2): there is nothing to learn from a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS normalised to [0,1] from [%1, %2], flipped (lower was better): %2 -&gt; 0, %1 -&gt; 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS normalised to [0,1] from [%1, %2]: %1 -&gt; 0, %2 -&gt; 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting by content needs at least two reference images; %1 names only one. Give --val-labels instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>After skipping unusable rows, %1 training and %2 validation pairs are left; fine-tuning needs at least 2 and 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every usable training pair has the same MOS: there is nothing to learn from a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training side is small: %1 pairs of %2 reference images (fewer than %3 pairs or %4 references); the validation numbers say little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: %1 training pairs (%2 references), %3 validation pairs (%4 references)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning was cancelled in epoch %1; no head was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: no better validation SRCC for %2 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The feature cache %1 is not used: the encoder weights %2 cannot be read to identify them (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature cache cannot be used: %1. Every pair is encoded again and %2 is rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the feature cache %1 had the wrong shape or non-finite values; those pairs were encoded again.</source>
        <translation>
            <numerusform>%n entry of the feature cache %1 had the wrong shape or non-finite values; its pair was encoded again.</numerusform>
            <numerusform>%n entries of the feature cache %1 had the wrong shape or non-finite values; those pairs were encoded again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feature cache %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Feature cache %1 written with %n new pair(s).</source>
        <translation>
            <numerusform>Feature cache %1 written with %n new pair.</numerusform>
            <numerusform>Feature cache %1 written with %n new pairs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold %1 holds out only %2 pair(s); measuring it needs at least 3. Use fewer folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairs outside fold %1 do not have two different MOS values: there is nothing to learn. Use fewer folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold %1 of %2: %3 held-out pairs of %4 references, best epoch %5, SRCC %6 -&gt; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final head: all %1 pairs for %2 epoch(s), the median of the folds&apos; best epochs (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of folds must be 2 or more (0 or 1: a single split), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validation folds and validation labels exclude each other: with folds, every reference is held out once and validates the others&apos; heads. Give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folds need at least %1 reference images, one per fold at least; %2 names %3. Use at most %3 folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: %1 pair(s) from the cache %2, %3 encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After skipping unusable rows, %1 reference images are left for %2 folds; use at most %1 folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-validation: %1 pairs of %2 references in %3 folds by reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaeQaTrainer</name>
    <message>
        <source>%1 lacks the tensor %2; rebuild the training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training set has no %1 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file for the trained head was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs at least one epoch, one group per batch, two levels per group and a positive learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled after epoch %1; resume state is in %2, no head was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaeQaTrainingSet</name>
    <message>
        <source>Could not encode %1 as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training set needs at least 3 images, 1 type per image and crops of 32 pixels or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a full-reference label file; pristine images come from an image,mos file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 &apos;%3&apos; images with a score of at least %4; the recipe asks for %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 distortion types are left for training; the recipe asks for %2 per image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the work folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a training set made with another recipe; choose a new work folder or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while building the training set; finished images are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2x%3, smaller than the %4-pixel training crop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteMethod</name>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pairwise vote is 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside %1..%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotesCsv</name>
    <message>
        <source>stimulus &apos;%1&apos;: more than two paths (expected IMAGE, REF|DIST or A|B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulus: empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a header with at least rater,stimulus,method,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header has columns %2; a votes file needs at least rater,stimulus,method,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rater: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method &apos;%1&apos;: not acr, dcr, slider or pairwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: method %2, but line %3 has %4; a MOS needs votes on one scale, so split the file by method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: a pairwise vote needs two images A|B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: a dcr vote needs the reference, REF|DIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulus &apos;%1&apos;: both paths name the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value &apos;%1&apos;: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: not a flag (use 1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position &apos;%1&apos;: not a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no votes after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable vote; line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
